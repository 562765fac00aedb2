using System.Globalization;

namespace LatsarBot.Learning.Coaching;

/// <summary>
/// Button values of the coaching views. They carry ids, so whoever presses one is checked against
/// <see cref="Core.Coaching.LogbookAccess"/> when it is handled, never trusted for having been shown.
/// </summary>
public static class CoachingValues
{
    public const string Prefix = "thread.";
    public const string Ask = "thread.ask";
    public const string List = "thread.list";
    public const string Overdue = "thread.overdue";
    public const string Back = "thread.back";
    public const string Cancel = "thread.cancel";

    public static string Open(int participantId) => "thread.open:" + Id(participantId);

    public static string Reply(int participantId) => "thread.reply:" + Id(participantId);

    public static string Logbook(int participantId) => "thread.log:" + Id(participantId);

    public static string Entry(int entryId) => "thread.entry:" + Id(entryId);

    public static string Comment(int entryId) => "thread.comment:" + Id(entryId);

    public static string Review(int entryId) => "thread.review:" + Id(entryId);

    public static string Acknowledge(int entryId) => "thread.ack:" + Id(entryId);

    /// <summary>"thread.open:12" → ("open", 12); "thread.list" → ("list", null); anything else → null.</summary>
    public static (string Action, int? Id)? Parse(string? value)
    {
        if (value is null || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[Prefix.Length..].Split(':', 2);
        if (parts.Length == 1)
        {
            return (parts[0], null);
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (parts[0], id) : null;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
