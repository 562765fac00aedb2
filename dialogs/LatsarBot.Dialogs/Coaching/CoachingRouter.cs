using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Learning.Coaching;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// What reaches coaching before the dialogs: anything in a coaches' group (a coach writing in a participant's topic),
/// a reply to a relayed message (<see cref="Activity.ThreadKey"/>), a coaching button pressed under an older message,
/// /coach, and a coach's plain message at the main menu (which participant is it for?).
/// </summary>
public sealed class CoachingRouter(CoachingRelay relay, CoachingOptions options, ChannelDirectory channels)
{
    public const string Command = "/coach";

    /// <summary>True when the turn was coaching's; the caller then runs nothing else.</summary>
    public async Task<bool> TryHandleAsync(DialogContext dc, Person? person, string? command, CancellationToken cancellationToken)
    {
        var activity = dc.Turn.Activity;
        if (options.IsCoachGroup(activity, channels.TopicGroupChannel))
        {
            // The group is for coaching only: chatter outside a participant's topic, commands and strangers get no answer.
            if (person is StaffMember coach && command is null && activity.Value is null && CoachingView.ParticipantOf(activity.ThreadKey) is { } id)
            {
                await CoachWritesAsync(dc.Turn, coach, id, inGroup: true, cancellationToken);
            }

            return true;
        }

        if (activity.ThreadKey is { } key && command is null && activity.Value is null && CoachingView.ParticipantOf(key) is { } participantId
            && !string.IsNullOrWhiteSpace(activity.Text))
        {
            switch (person)
            {
                case StaffMember coach:
                    await CoachWritesAsync(dc.Turn, coach, participantId, inGroup: false, cancellationToken);
                    return true;
                case Participant participant when participant.Id == participantId:
                    await ParticipantWritesAsync(dc.Turn, participant, cancellationToken);
                    return true;
            }
        }

        if (activity.Value is ChoiceValue { Value: var value } && CoachingValues.Parse(value) is not null && person is not null && !ActivePromptOffers(dc, value))
        {
            await dc.InterruptAsync(value == CoachingValues.Ask ? AskCoachDialog.DialogId : CoachingDialog.DialogId, value, cancellationToken);
            return true;
        }

        if (command == Command && person is not null)
        {
            await dc.InterruptAsync(person is Participant ? AskCoachDialog.DialogId : CoachingDialog.DialogId, null, cancellationToken);
            return true;
        }

        if (person is StaffMember { StaffRole: Role.Coach } && command is null && activity.Value is null && activity.Text is { } text
            && !string.IsNullOrWhiteSpace(text) && AtMainMenu(dc) && !ActivePromptMatches(dc))
        {
            await dc.InterruptAsync(CoachPickDialog.DialogId, text.Trim(), cancellationToken);
            return true;
        }

        return false;
    }

    private async Task CoachWritesAsync(Turn turn, StaffMember coach, int participantId, bool inGroup, CancellationToken cancellationToken)
    {
        var thread = inGroup ? new ReplyThread(CoachingView.ThreadKey(participantId)) : null;
        if (await relay.ParticipantAsync(participantId, cancellationToken) is not { } participant || !LogbookAccess.Allows(coach, participant, LogbookAction.Reply))
        {
            turn.Send(turn.Say(ThreadMsg.Denied) with { Thread = thread });
            return;
        }

        var result = await relay.FromCoachAsync(coach, participant, turn.Activity.Text!.Trim(), null, turn.Now, cancellationToken);
        var key = inGroup ? ThreadMsg.GroupForwarded : result.Reached ? ThreadMsg.ReplySent : ThreadMsg.ReplySaved;
        turn.Send(turn.Say(key, ("name", participant.Name)) with { Thread = thread });
    }

    private async Task ParticipantWritesAsync(Turn turn, Participant participant, CancellationToken cancellationToken)
    {
        if (participant.CoachId is null)
        {
            turn.SendText(ThreadMsg.AskNoCoach);
            return;
        }

        var result = await relay.FromParticipantAsync(participant, turn.Activity.Text!.Trim(), turn.Now, cancellationToken);
        turn.SendText(result.Reached ? ThreadMsg.AskSent : ThreadMsg.AskSaved,
            ("coach", result.Coach.Name), ("due", CoachingView.Due(turn.Language, participant.TimeZone, result.DueAt!.Value)));
    }

    private static bool AtMainMenu(DialogContext dc) =>
        dc.Stack.Count == 0 || (dc.Stack.Count <= 2 && dc.Stack[0].Id == MainMenuDialog.DialogId);

    /// <summary>A button the active prompt offers is the dialog's to handle, not an old message's.</summary>
    private static bool ActivePromptOffers(DialogContext dc, string value) =>
        dc.Active is { } frame && frame.Id.StartsWith("prompt.", StringComparison.Ordinal)
        && (DialogContext.ReadState<Prompt<string>.PromptState>(frame).Options?.Choices.Any(c => c.Value == value) ?? false);

    /// <summary>Typed text the menu understands ("2", a caption) is a menu choice, not a message to a participant.</summary>
    private static bool ActivePromptMatches(DialogContext dc) =>
        dc.Active is { } frame && frame.Id.StartsWith("prompt.", StringComparison.Ordinal)
        && DialogContext.ReadState<Prompt<string>.PromptState>(frame).Options is { } prompt
        && ChoicePrompt.Match(dc.Turn.Activity, prompt.Choices) is not null;
}
