using System.Globalization;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp;

/// <summary>
/// The WhatsApp adapter's memory in the database (channel values, channel reach, the contacts' last inbound message,
/// the outbox rows' delivery statuses): one short-lived context per call.
/// </summary>
public sealed class EfWhatsAppStore(IServiceScopeFactory scopes, SqliteWriteGate gate, Outbox.WhatsAppHeldRelease heldRelease, TimeProvider time) : IWhatsAppStore
{
    /// <summary>The channel value under which a contact's last inbound message time is kept.</summary>
    public static string InboundKey(string conversationId) => InboundPrefix + conversationId;

    public const string InboundPrefix = "inbound:";

    public async Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(WhatsAppChannel.Name, values, time.GetUtcNow(), cancellationToken);
    }

    public async Task<string?> RecallAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(WhatsAppChannel.Name, key, cancellationToken);
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await db.ForgetAsync(WhatsAppChannel.Name, [key], cancellationToken);
        }
    }

    public async Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkReachableAsync(WhatsAppChannel.Name, conversationId, cancellationToken);
    }

    public async Task RecordInboundAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stamp = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        await RememberAsync(conversationIds.ToDictionary(InboundKey, _ => stamp), cancellationToken);

        // Their windows are open again: what was held for them may go now, without waiting for the slow sweep.
        heldRelease.WindowOpened(conversationIds);
    }

    public async Task<DateTimeOffset?> LastInboundAsync(string conversationId, CancellationToken cancellationToken) =>
        await RecallAsync(InboundKey(conversationId), cancellationToken) is { } stamp
        && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    public async Task<int> ApplyStatusesAsync(IReadOnlyList<WaStatus> statuses, CancellationToken cancellationToken)
    {
        var facts = statuses.Where(s => s is { Id.Length: > 0, Status.Length: > 0 }).Select(ToFact).ToList();
        if (facts.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            return await DeliveryStatuses.ApplyAsync(db, facts, cancellationToken);
        }
    }

    private DeliveryStatus ToFact(WaStatus status)
    {
        var at = long.TryParse(status.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : time.GetUtcNow();
        var error = status.Errors?.FirstOrDefault();
        return new DeliveryStatus(status.Id!, status.Status!, at, error is null ? null : WhatsAppErrors.CodeOf(error), error is null ? null : WhatsAppErrors.Describe(error),
            error is not null && WhatsAppErrors.IsUnreachable(error.Code));
    }
}
