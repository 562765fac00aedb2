using System.Globalization;
using LatsarBot.Core.Participants;

namespace LatsarBot.Learning.Coaching;

/// <summary>Times and short texts as coaching messages show them, in the reader's language and zone.</summary>
public static class CoachingView
{
    /// <summary>The thread key of a participant's coaching thread, as channels carry it (<see cref="Bot.Activities.ReplyThread"/>).</summary>
    public static string ThreadKey(int participantId) => "coaching:" + participantId.ToString(CultureInfo.InvariantCulture);

    public static int? ParticipantOf(string? threadKey) =>
        threadKey is not null && threadKey.StartsWith("coaching:", StringComparison.Ordinal)
        && int.TryParse(threadKey.AsSpan("coaching:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>"Sen, 2 Mar 2026, 08.00 WIB" / "Mon 2 Mar 2026, 08:00 WIB".</summary>
    public static string Time(Language language, TimeZoneCode zone, DateTimeOffset at) =>
        zone.ToLocal(at).ToString(language == Language.En ? "ddd d MMM yyyy, HH:mm" : "ddd, d MMM yyyy, HH.mm", Culture(language)) + " " + zone.Label();

    /// <summary>A deadline is the first instant after the due day, so it is shown as the last minute of that day.</summary>
    public static string Due(Language language, TimeZoneCode zone, DateTimeOffset dueAt) => Time(language, zone, dueAt.AddMinutes(-1));

    public static string Date(Language language, DateOnly date) => date.ToString("d MMM yyyy", Culture(language));

    public static string Shorten(string text, int max = 60)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }

    private static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "id-ID");
}
