using System.Diagnostics.CodeAnalysis;
using LatsarBot.Bot.Outbox;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// What one Graph API call came to: the response, or the Graph error (null when none came back, a dropped connection
/// say) with the outcome <see cref="WhatsAppErrors"/> reads from it.
/// </summary>
public sealed record GraphCall<TResponse>(TResponse? Response, WaError? Error, SendOutcome? Failure)
{
    [MemberNotNullWhen(false, nameof(Failure))]
    [MemberNotNullWhen(true, nameof(Response))]
    public bool Succeeded => Failure is null;

    internal static GraphCall<TResponse> Done(TResponse response) => new(response, null, null);

    internal static GraphCall<TResponse> Failed(WaError? error, SendOutcome failure) => new(default, error, failure);
}
