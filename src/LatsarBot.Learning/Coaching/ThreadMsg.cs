namespace LatsarBot.Learning.Coaching;

/// <summary>Message keys of e-coaching threads, entry reviews and the overdue list (content/messages/coaching-threads.*.yaml).</summary>
[Bot.Messages.MessageKeys]
public static class ThreadMsg
{
    public const string MenuEntry = "thread.menu.entry";
    public const string AskButton = "thread.ask.button";
    public const string AskNoCoach = "thread.ask.no_coach";
    public const string AskRecent = "thread.ask.recent";
    public const string AskPrompt = "thread.ask.prompt";
    public const string AskSent = "thread.ask.sent";
    public const string AskSaved = "thread.ask.saved";

    public const string RelayToCoach = "thread.relay.to_coach";
    public const string RelayToParticipant = "thread.relay.to_participant";
    public const string RelayComment = "thread.relay.comment";
    public const string TopicTitle = "thread.topic.title";

    public const string ButtonReply = "thread.button.reply";
    public const string ButtonAsk = "thread.button.ask";
    public const string ButtonLogbook = "thread.button.logbook";
    public const string ButtonList = "thread.button.list";
    public const string ButtonBack = "thread.button.back";
    public const string ButtonCancel = "thread.button.cancel";
    public const string ButtonComment = "thread.button.comment";
    public const string ButtonReview = "thread.button.review";
    public const string ButtonAcknowledge = "thread.button.acknowledge";
    public const string ButtonOverdue = "thread.button.overdue";

    public const string ListTitle = "thread.list.title";
    public const string ListEmpty = "thread.list.empty";
    public const string ListWaiting = "thread.list.waiting";
    public const string ListOverdue = "thread.list.overdue";
    public const string ListLast = "thread.list.last";
    public const string ListNone = "thread.list.none";
    public const string ListMentee = "thread.list.mentee";
    public const string StaffMenu = "thread.staff.menu";

    public const string ViewTitle = "thread.view.title";
    public const string ViewEmpty = "thread.view.empty";
    public const string ViewLine = "thread.view.line";
    public const string ViewWaiting = "thread.view.waiting";

    public const string ReplyPrompt = "thread.reply.prompt";
    public const string ReplySent = "thread.reply.sent";
    public const string ReplySaved = "thread.reply.saved";
    public const string Denied = "thread.denied";
    public const string OnlyStaff = "thread.only_staff";

    public const string LogbookTitle = "thread.logbook.title";
    public const string LogbookEmpty = "thread.logbook.empty";
    public const string LogbookLine = "thread.logbook.line";
    public const string EntryView = "thread.entry.view";
    public const string EntryReviewed = "thread.entry.reviewed";
    public const string EntryAcknowledged = "thread.entry.acknowledged";
    public const string EntryNotReviewed = "thread.entry.not_reviewed";
    public const string EntryReviewDone = "thread.entry.review_done";
    public const string EntryAcknowledgeDone = "thread.entry.acknowledge_done";
    public const string CommentPrompt = "thread.comment.prompt";
    public const string CommentSent = "thread.comment.sent";

    public const string PickPrompt = "thread.pick.prompt";
    public const string PickNone = "thread.pick.none";
    public const string GroupUnknownTopic = "thread.group.unknown_topic";
    public const string GroupForwarded = "thread.group.forwarded";

    public const string OverdueTitle = "thread.overdue.title";
    public const string OverdueLine = "thread.overdue.line";
    public const string OverdueNone = "thread.overdue.none";
}
