namespace LatsarBot.Learning.Actualization.Report;

/// <summary>Message keys of the draft report, the RTL and the weekly summary (content/messages/report.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class ReportMsg
{
    public const string ButtonReport = "report.button.report";
    public const string ButtonFollowUp = "report.button.follow_up";
    public const string ButtonFollowUpNow = "report.button.follow_up_now";
    public const string ButtonChange = "report.button.change";
    public const string ButtonKeep = "report.button.keep";

    public const string Ready = "report.ready";
    public const string NotSet = "report.not_set";
    public const string FileCaptionPdf = "report.file.pdf";
    public const string FileCaptionMarkdown = "report.file.markdown";

    public const string FollowUpNotDue = "report.follow_up.not_due";
    public const string FollowUpPrompt = "report.follow_up.prompt";
    public const string FollowUpCurrent = "report.follow_up.current";
    public const string FollowUpAskRtl = "report.follow_up.ask_rtl";
    public const string FollowUpAskOutline = "report.follow_up.ask_outline";
    public const string FollowUpNeedItems = "report.follow_up.need_items";
    public const string FollowUpSaved = "report.follow_up.saved";

    public const string DocTitle = "report.doc.title";
    public const string DocDraftNote = "report.doc.draft_note";
    public const string DocParticipant = "report.doc.participant";
    public const string DocNip = "report.doc.nip";
    public const string DocAgency = "report.doc.agency";
    public const string DocPeriod = "report.doc.period";
    public const string DocGenerated = "report.doc.generated";
    public const string DocPlan = "report.doc.plan";
    public const string DocPlanEmpty = "report.doc.plan_empty";
    public const string DocActivity = "report.doc.activity";
    public const string DocActivityOutput = "report.doc.activity_output";
    public const string DocActivityValues = "report.doc.activity_values";
    public const string DocActivityMission = "report.doc.activity_mission";
    public const string DocActivityStatus = "report.doc.activity_status";
    public const string DocStatusFinished = "report.doc.status_finished";
    public const string DocStatusStarted = "report.doc.status_started";
    public const string DocStatusPlanned = "report.doc.status_planned";
    public const string DocLog = "report.doc.log";
    public const string DocLogEmpty = "report.doc.log_empty";
    public const string DocWeek = "report.doc.week";
    public const string DocEntry = "report.doc.entry";
    public const string DocEntryValues = "report.doc.entry_values";
    public const string DocEntryEvidence = "report.doc.entry_evidence";
    public const string DocEvidence = "report.doc.evidence";
    public const string DocEvidenceEmpty = "report.doc.evidence_empty";
    public const string DocEvidenceItem = "report.doc.evidence_item";
    public const string DocRtl = "report.doc.rtl";
    public const string DocOutline = "report.doc.outline";
    public const string DocNotGiven = "report.doc.not_given";
    public const string DocPage = "report.doc.page";

    public const string WeeklyTitle = "report.weekly.title";
    public const string WeeklyBody = "report.weekly.body";
    public const string WeeklyValues = "report.weekly.values";
    public const string WeeklyActivities = "report.weekly.activities";
    public const string WeeklyMissed = "report.weekly.missed";
    public const string WeeklyNoneMissed = "report.weekly.none_missed";
    public const string WeeklyCoachTitle = "report.weekly.coach_title";
    public const string WeeklyCoachLine = "report.weekly.coach_line";
    public const string WeeklyCoachEmpty = "report.weekly.coach_empty";
}
