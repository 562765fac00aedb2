namespace LatsarBot.Core.Actualization;

/// <summary>
/// Every rule id a row of the actualization-plan import can be rejected under. Stable, like
/// <see cref="Participants.RosterRules"/>, so organisers and tests can rely on them; the sentences may change.
/// </summary>
public static class PlanRules
{
    public const string NipInvalid = "nip.invalid";
    public const string NipNotInCohort = "nip.not_in_cohort";
    public const string ActivityRequired = "activity.required";
    public const string ActivityLength = "activity.length";
    public const string ActivityDuplicate = "activity.duplicate";
    public const string OutputRequired = "output.required";
    public const string OutputLength = "output.length";
    public const string ValuesRequired = "values.required";
    public const string ValuesUnknown = "values.unknown";
    public const string MissionLength = "mission.length";
    public const string MentorNip = "mentor.nip";
    public const string MentorName = "mentor.name";
    public const string MentorPhone = "mentor.phone";
    public const string MentorConflict = "mentor.conflict";
    public const string MentorNotStaff = "mentor.not_staff";
}
