using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using LatsarBot.Bot.Outbox;
using global::Telegram.Bot.Exceptions;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// What one Bot API call came to: the response, or the outcome <see cref="TelegramErrors"/> reads from the failure
/// (with the error kept for the caller that must tell one 4xx from another, and for logs).
/// </summary>
public sealed class TelegramCall<TResponse>
{
    private TelegramCall(TResponse? response, RequestException? error, SendOutcome? failure)
    {
        Response = response;
        Error = error;
        Failure = failure;
    }

    public TResponse? Response { get; }

    public RequestException? Error { get; }

    /// <summary>Null when the call succeeded.</summary>
    public SendOutcome? Failure { get; }

    [MemberNotNullWhen(false, nameof(Error), nameof(Failure))]
    public bool Succeeded => Error is null;

    /// <summary>The response, or the failure thrown again with its original stack, for a caller whose loop handles every error alike.</summary>
    public TResponse OrThrow()
    {
        if (Error is not null)
        {
            ExceptionDispatchInfo.Throw(Error);
        }

        return Response!;
    }

    internal static TelegramCall<TResponse> Done(TResponse response) => new(response, null, null);

    internal static TelegramCall<TResponse> Failed(RequestException error, SendOutcome failure) => new(default, error, failure);
}
