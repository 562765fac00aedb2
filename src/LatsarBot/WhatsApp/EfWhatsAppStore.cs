using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp;

/// <summary>The WhatsApp adapter's memory in the database (channel values, channel reach): one short-lived context per call.</summary>
public sealed class EfWhatsAppStore(IServiceScopeFactory scopes, TimeProvider time) : IWhatsAppStore
{
    public async Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var keys = values.Keys.ToList();
        var existing = await db.ChannelValues.Where(v => v.Channel == WhatsAppChannel.Name && keys.Contains(v.Key)).ToDictionaryAsync(v => v.Key, cancellationToken);
        foreach (var (key, value) in values)
        {
            if (!existing.TryGetValue(key, out var row))
            {
                row = new ChannelValue { Channel = WhatsAppChannel.Name, Key = key, Value = value };
                db.ChannelValues.Add(row);
            }

            row.Value = value;
            row.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string?> RecallAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        return await db.ChannelValues.Where(v => v.Channel == WhatsAppChannel.Name && v.Key == key).Select(v => v.Value).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkReachableAsync(WhatsAppChannel.Name, conversationId, cancellationToken);
    }
}
