namespace LatsarBot.Dialogs.Announcements;

/// <summary>Message keys of announcements (content/messages/announce.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class AnnouncementMsg
{
    public const string MenuEntry = "announce.menu_entry";
    public const string OnlyOrganisers = "announce.only_organisers";
    public const string Home = "announce.home";
    public const string ButtonNew = "announce.button.new";
    public const string ButtonReports = "announce.button.reports";
    public const string ButtonMainMenu = "announce.button.main_menu";

    public const string AskAudience = "announce.ask_audience";
    public const string AudienceAll = "announce.audience.all";
    public const string AudienceCohort = "announce.audience.cohort";
    public const string AudienceClass = "announce.audience.class";
    public const string AudienceParticipants = "announce.audience.participants";
    public const string AudienceCoaches = "announce.audience.coaches";
    public const string AudienceMentors = "announce.audience.mentors";
    public const string LabelAll = "announce.label.all";
    public const string LabelParticipants = "announce.label.participants";
    public const string LabelCoaches = "announce.label.coaches";
    public const string LabelMentors = "announce.label.mentors";

    /// <summary>The label of a role audience, one mapping for the chat, the CLI and the console.</summary>
    public static string LabelOf(Core.Participants.Role? role) => role switch
    {
        Core.Participants.Role.Coach => LabelCoaches,
        Core.Participants.Role.Mentor => LabelMentors,
        _ => LabelParticipants,
    };
    public const string AskCohort = "announce.ask_cohort";
    public const string AskClass = "announce.ask_class";
    public const string NoCohorts = "announce.no_cohorts";
    public const string AskText = "announce.ask_text";
    public const string TextTooLong = "announce.text_too_long";

    public const string Message = "announce.message";
    public const string PreviewIntro = "announce.preview.intro";
    public const string PreviewSummary = "announce.preview.summary";
    public const string PreviewUnreachable = "announce.preview.unreachable";
    public const string PreviewQuiet = "announce.preview.quiet";
    public const string PreviewNobody = "announce.preview.nobody";
    public const string EtaSeconds = "announce.eta.seconds";
    public const string EtaMinutes = "announce.eta.minutes";
    public const string EtaImmediate = "announce.eta.immediate";
    public const string ButtonSend = "announce.button.send";
    public const string ButtonSchedule = "announce.button.schedule";
    public const string ButtonCancel = "announce.button.cancel";

    public const string AskWhen = "announce.ask_when";
    public const string WhenInvalid = "announce.when_invalid";
    public const string WhenPast = "announce.when_past";
    public const string Sending = "announce.sending";
    public const string Scheduled = "announce.scheduled";
    public const string Discarded = "announce.discarded";

    public const string ReportsNone = "announce.reports.none";
    public const string ReportsPick = "announce.reports.pick";
    public const string ReportItem = "announce.report.item";
    public const string Report = "announce.report";
    public const string ReportFailure = "announce.report.failure";
    public const string StatusScheduled = "announce.status.scheduled";
    public const string StatusSending = "announce.status.sending";
    public const string StatusDelivering = "announce.status.delivering";
    public const string StatusCompleted = "announce.status.completed";
    public const string StatusCancelled = "announce.status.cancelled";
    public const string ButtonRefresh = "announce.button.refresh";
    public const string ButtonWithdraw = "announce.button.withdraw";
    public const string ButtonBack = "announce.button.back";
    public const string Withdrawn = "announce.withdrawn";
    public const string NotWithdrawable = "announce.not_withdrawable";
}
