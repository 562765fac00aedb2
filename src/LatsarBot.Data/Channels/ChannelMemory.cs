using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Channels;

/// <summary>
/// What a channel adapter must remember between calls (a polling offset, the long value behind a short button id, a
/// list's next page), as key/value rows per channel. Every adapter's EF store keeps it here the same way.
/// </summary>
public static class ChannelMemory
{
    public static async Task RememberAsync(this LatsarDb db, string channel, IReadOnlyDictionary<string, string> values, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = values.Keys.ToList();
        var existing = await db.ChannelValues.Where(v => v.Channel == channel && keys.Contains(v.Key)).ToDictionaryAsync(v => v.Key, cancellationToken);
        foreach (var (key, value) in values)
        {
            if (!existing.TryGetValue(key, out var row))
            {
                row = new ChannelValue { Channel = channel, Key = key, Value = value };
                db.ChannelValues.Add(row);
            }

            row.Value = value;
            row.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static Task<string?> RecallAsync(this LatsarDb db, string channel, string key, CancellationToken cancellationToken) =>
        db.ChannelValues.Where(v => v.Channel == channel && v.Key == key).Select(v => v.Value).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Removes the values under <paramref name="keys"/>; returns how many there were.</summary>
    public static Task<int> ForgetAsync(this LatsarDb db, string channel, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        db.ChannelValues.Where(v => v.Channel == channel && keys.Contains(v.Key)).ExecuteDeleteAsync(cancellationToken);
}
