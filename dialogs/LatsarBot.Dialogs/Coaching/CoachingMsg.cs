namespace LatsarBot.Dialogs.Coaching;

/// <summary>Message keys of the teaching assignment and the plan's mentor/coach lines (content/messages/coaching.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class CoachingMsg
{
    public const string MenuEntry = "coaching.menu";
    public const string OnlyOrganisers = "coaching.assign.only_organisers";
    public const string NoCohorts = "coaching.assign.no_cohorts";
    public const string Pick = "coaching.assign.pick";
    public const string ButtonCohort = "coaching.assign.button.cohort";
    public const string ButtonClass = "coaching.assign.button.class";
    public const string Title = "coaching.assign.title";
    public const string Class = "coaching.assign.class";
    public const string Facilitators = "coaching.assign.facilitators";
    public const string Facilitator = "coaching.assign.facilitator";
    public const string FacilitatorNone = "coaching.assign.facilitator_none";
    public const string Coaches = "coaching.assign.coaches";
    public const string CoachesOnline = "coaching.assign.coaches_online";
    public const string Coach = "coaching.assign.coach";
    public const string CoachNone = "coaching.assign.coach_none";
    public const string CoachLoad = "coaching.assign.coach_load";
    public const string FacilitatorLoad = "coaching.assign.facilitator_load";
    public const string WarningNoFacilitator = "coaching.assign.warning.no_facilitator";
    public const string WarningNoOnlineCoach = "coaching.assign.warning.no_online_coach";
    public const string WarningNoCoach = "coaching.assign.warning.no_coach";
    public const string WarningCoachUneven = "coaching.assign.warning.coach_uneven";
    public const string WarningFacilitatorUneven = "coaching.assign.warning.facilitator_uneven";
    public const string Confirm = "coaching.assign.confirm";
    public const string ButtonApply = "coaching.assign.button.apply";
    public const string ButtonCancel = "coaching.assign.button.cancel";
    public const string Applied = "coaching.assign.applied";
    public const string Cancelled = "coaching.assign.cancelled";
    public const string Changed = "coaching.assign.changed";

    public const string PlanMentor = "coaching.plan.mentor";
    public const string PlanMentorPhone = "coaching.plan.mentor_phone";
    public const string PlanMentorNone = "coaching.plan.mentor_none";
    public const string PlanCoach = "coaching.plan.coach";
    public const string PlanCoachNone = "coaching.plan.coach_none";
}
