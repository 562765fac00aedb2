namespace LatsarBot.Dialogs.Actualization;

/// <summary>Message keys of the actualization logbook (content/messages/actualization.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class ActualizationMsg
{
    public const string MenuEntry = "menu.actualization";
    public const string OnlyParticipants = "actualization.only_participants";
    public const string Menu = "actualization.menu";
    public const string StatusDay = "actualization.status.day";
    public const string StatusNotSet = "actualization.status.not_set";
    public const string StatusBefore = "actualization.status.before";
    public const string StatusAfter = "actualization.status.after";

    public const string ButtonLog = "actualization.button.log";
    public const string ButtonPlan = "actualization.button.plan";
    public const string ButtonToday = "actualization.button.today";
    public const string ButtonTimeline = "actualization.button.timeline";
    public const string ButtonProgress = "actualization.button.progress";
    public const string ButtonMainMenu = "actualization.button.main_menu";
    public const string ButtonBack = "actualization.button.back";
    public const string ButtonDone = "actualization.button.done";
    public const string ButtonSave = "actualization.button.save";
    public const string ButtonCancel = "actualization.button.cancel";
    public const string ButtonAddActivity = "actualization.button.add_activity";
    public const string ButtonSkip = "actualization.button.skip";
    public const string ButtonEdit = "actualization.button.edit";
    public const string ButtonDelete = "actualization.button.delete";
    public const string ButtonFinish = "actualization.button.finish";

    public const string LogDay = "actualization.log.day";
    public const string LogNotSet = "actualization.log.not_set";
    public const string LogBefore = "actualization.log.before";
    public const string LogAfter = "actualization.log.after";
    public const string LogNoActivities = "actualization.log.no_activities";
    public const string LogPickActivity = "actualization.log.pick_activity";
    public const string LogAskDone = "actualization.log.ask_done";
    public const string LogSummary = "actualization.log.summary";
    public const string LogSaved = "actualization.log.saved";
    public const string LogDiscarded = "actualization.log.discarded";

    public const string ValuesAsk = "actualization.values.ask";
    public const string ValuesNeedOne = "actualization.values.need_one";

    public const string EvidenceAsk = "actualization.evidence.ask";
    public const string EvidenceAccepted = "actualization.evidence.accepted";
    public const string EvidenceRejectedType = "actualization.evidence.rejected_type";
    public const string EvidenceRejectedSize = "actualization.evidence.rejected_size";
    public const string EvidenceUnclear = "actualization.evidence.unclear";
    public const string EvidenceUnavailable = "actualization.evidence.unavailable";

    public const string TodayNone = "actualization.today.none";
    public const string TodayPick = "actualization.today.pick";
    public const string TodayEntry = "actualization.today.entry";
    public const string TodayEditAsk = "actualization.today.edit_ask";
    public const string TodayEdited = "actualization.today.edited";
    public const string TodayDeleteConfirm = "actualization.today.delete_confirm";
    public const string TodayDeleted = "actualization.today.deleted";

    public const string PlanTitle = "actualization.plan.title";
    public const string PlanEmpty = "actualization.plan.empty";
    public const string PlanItem = "actualization.plan.item";
    public const string PlanAskTitle = "actualization.plan.ask_title";
    public const string PlanAskOutput = "actualization.plan.ask_output";
    public const string PlanAskMission = "actualization.plan.ask_mission";
    public const string PlanAdded = "actualization.plan.added";

    public const string TimelineTitle = "actualization.timeline.title";
    public const string TimelineWeek = "actualization.timeline.week";
    public const string TimelineEntry = "actualization.timeline.entry";
    public const string TimelineEmpty = "actualization.timeline.empty";
    public const string TimelineMark = "actualization.timeline.mark";
    public const string TimelineMarked = "actualization.timeline.marked";

    public const string ProgressTitle = "actualization.progress.title";
    public const string ProgressSummary = "actualization.progress.summary";
    public const string ProgressFinished = "actualization.progress.finished";
    public const string ProgressStarted = "actualization.progress.started";
    public const string ProgressPlanned = "actualization.progress.planned";
}
