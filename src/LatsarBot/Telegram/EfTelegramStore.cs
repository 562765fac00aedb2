using System.Globalization;
using LatsarBot.Channels.Telegram;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Telegram;

/// <summary>The Telegram adapter's memory in the database: one short-lived context per call.</summary>
public sealed class EfTelegramStore(IServiceScopeFactory scopes, TimeProvider time) : ITelegramStore
{
    private const string OffsetKey = "getUpdates.offset";

    public async Task<int> ReadOffsetAsync(CancellationToken cancellationToken)
    {
        var value = await RecallAsync(OffsetKey, cancellationToken);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    public Task SaveOffsetAsync(int offset, CancellationToken cancellationToken) =>
        RememberAsync(new Dictionary<string, string> { [OffsetKey] = offset.ToString(CultureInfo.InvariantCulture) }, cancellationToken);

    public async Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TelegramChannel.Name, values, time.GetUtcNow(), cancellationToken);
    }

    public async Task<string?> RecallAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(TelegramChannel.Name, key, cancellationToken);
    }

    public async Task MarkUnreachableAsync(string chatId, string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkUnreachableAsync(TelegramChannel.Name, chatId, time.GetUtcNow(), cancellationToken);
    }

    public async Task MarkReachableAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkReachableAsync(TelegramChannel.Name, chatId, cancellationToken);
    }
}
