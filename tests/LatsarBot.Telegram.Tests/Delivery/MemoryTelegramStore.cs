using System.Collections.Concurrent;
using LatsarBot.Channels.Telegram;

namespace LatsarBot.Telegram.Tests.Delivery;

/// <summary>The adapter's memory in a dictionary, for a sender tested without a host.</summary>
public sealed class MemoryTelegramStore : ITelegramStore
{
    private readonly ConcurrentDictionary<string, string> _values = new();

    public ConcurrentBag<string> Unreachable { get; } = [];

    public Task<int> ReadOffsetAsync(CancellationToken cancellationToken) => Task.FromResult(0);

    public Task SaveOffsetAsync(int offset, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in values)
        {
            _values[key] = value;
        }

        return Task.CompletedTask;
    }

    public Task<string?> RecallAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_values.GetValueOrDefault(key));

    public Task MarkUnreachableAsync(string chatId, string reason, CancellationToken cancellationToken)
    {
        Unreachable.Add(chatId);
        return Task.CompletedTask;
    }

    public Task MarkReachableAsync(string chatId, CancellationToken cancellationToken) => Task.CompletedTask;
}
