using System.Globalization;

namespace LatsarBot.Channels;

/// <summary>
/// A message a channel splits into parts (WhatsApp, Teams) writes down the platform ids of the parts already accepted,
/// space-separated, under one channel value per outbox row, so a retry, even in another process, goes on after them.
/// The sender forgets the value when the row ends; the host sweeps the values of rows given up on.
/// </summary>
public static class OutboxParts
{
    public const string Prefix = "parts:";

    /// <summary>Written for a part the platform accepted without an id, so the count of parts stays right.</summary>
    public const string NoId = "-";

    public static string Key(long outboxId) => Prefix + outboxId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The outbox row a key belongs to; null for a key not made by <see cref="Key"/>.</summary>
    public static long? RowOf(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public static string Join(IEnumerable<string> ids) => string.Join(' ', ids);

    public static List<string> Split(string value) => [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
