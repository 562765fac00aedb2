using System.Globalization;
using LatsarBot.Core.Participants;

namespace LatsarBot.Reminders;

/// <summary>
/// One scheduled reminder run: a cohort's reminder on its planned local date, for one zone. Its text form names the
/// Quartz job and the outbox batch; each message's exactly-once key adds the person.
/// </summary>
public sealed record ReminderSlotKey(int CohortId, string ReminderId, DateOnly PlannedDate, TimeZoneCode Zone)
{
    public string Prefix => $"reminder:{CohortId}:{ReminderId}:{PlannedDate:yyyy-MM-dd}";

    /// <summary>"reminder:{cohortId}:{reminderId}:{localDate}:{zone}": the job's name and the outbox batch.</summary>
    public string Batch => $"{Prefix}:{Zone.Label().ToLowerInvariant()}";

    public string MessageKey(int personId) => $"{Prefix}:{personId}";

    public static string Group(int cohortId) => $"reminders:{cohortId}";

    public IReadOnlyDictionary<string, string> ToData() => new Dictionary<string, string>
    {
        ["cohort"] = CohortId.ToString(CultureInfo.InvariantCulture),
        ["reminder"] = ReminderId,
        ["date"] = PlannedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["zone"] = Zone.Label(),
    };

    public static ReminderSlotKey? FromData(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue("cohort", out var cohort) && int.TryParse(cohort, CultureInfo.InvariantCulture, out var cohortId)
        && data.TryGetValue("reminder", out var reminder)
        && data.TryGetValue("date", out var date) && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var planned)
        && data.TryGetValue("zone", out var zone) && TimeZoneCodes.TryParse(zone) is { } z
            ? new ReminderSlotKey(cohortId, reminder, planned, z)
            : null;
}
