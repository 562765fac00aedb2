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

    /// <summary>The prefixes of the values that carry an id ("thread.open:12"), for the dialogs' menu routes.</summary>
    public const string OpenPrefix = "thread.open";
    public const string ReplyPrefix = "thread.reply";
    public const string LogbookPrefix = "thread.log";
    public const string EntryPrefix = "thread.entry";
    public const string CommentPrefix = "thread.comment";
    public const string ReviewPrefix = "thread.review";
    public const string AcknowledgePrefix = "thread.ack";

    public static string Open(int participantId) => WithId(OpenPrefix, participantId);

    public static string Reply(int participantId) => WithId(ReplyPrefix, participantId);

    public static string Logbook(int participantId) => WithId(LogbookPrefix, participantId);

    public static string Entry(int entryId) => WithId(EntryPrefix, entryId);

    public static string Comment(int entryId) => WithId(CommentPrefix, entryId);

    public static string Review(int entryId) => WithId(ReviewPrefix, entryId);

    public static string Acknowledge(int entryId) => WithId(AcknowledgePrefix, entryId);

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

    private static string WithId(string prefix, int id) => prefix + ":" + id.ToString(CultureInfo.InvariantCulture);
}
