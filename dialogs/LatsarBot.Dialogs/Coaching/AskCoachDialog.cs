using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;

namespace LatsarBot.Dialogs.Coaching;

/// <summary>
/// "💬 Tanya coach" (actualization menu, /coach): the latest messages of the participant's own thread, then what they
/// write is relayed to their coach with a reply deadline.
/// </summary>
public sealed class AskCoachDialog(CurrentPerson currentPerson, CoachingRelay relay, LatsarDb db) : WaterfallDialog<AskCoachDialog.State>
{
    public const string DialogId = "coaching.ask";

    private const int RecentCount = 5;

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [AskAsync, SendAsync];

    private async Task<DialogStatus> AskAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.Turn.Person is not { IsParticipant: true } me
            || await relay.ParticipantAsync(me.Id, cancellationToken) is not { } participant)
        {
            step.Turn.SendText(ThreadMsg.OnlyStaff);
            return await step.EndAsync(null, cancellationToken);
        }

        if (participant.Coach is not { } coach)
        {
            step.Turn.SendText(ThreadMsg.AskNoCoach);
            return await step.EndAsync(null, cancellationToken);
        }

        var recent = await CoachingThreads.RecentAsync(db, participant.Id, RecentCount, cancellationToken);
        if (recent.Count > 0)
        {
            var lines = string.Join("\n\n", recent.Select(m => step.Turn.Text(ThreadMsg.ViewLine,
                ("name", m.Author == ThreadAuthor.Coach ? coach.Name : participant.Name),
                ("time", CoachingView.Time(step.Turn.Language, participant.TimeZone, m.SentAt)), ("text", m.Text))));
            step.Turn.SendText(ThreadMsg.AskRecent, ("lines", lines));
        }

        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ThreadMsg.AskPrompt, ("coach", coach.Name)))
        {
            Choices = [step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var text = step.Result as string;
        var participant = currentPerson.Required<Participant>();
        if (string.IsNullOrWhiteSpace(text) || text == CoachingValues.Cancel || !LogbookAccess.Allows(participant, participant, LogbookAction.Reply))
        {
            return await step.EndAsync(null, cancellationToken);
        }

        var result = await relay.FromParticipantAsync(participant, text.Trim(), step.Turn.Now, cancellationToken);
        var due = CoachingView.Due(step.Turn.Language, participant.TimeZone, result.DueAt!.Value);
        step.Turn.SendText(result.Reached ? ThreadMsg.AskSent : ThreadMsg.AskSaved, ("coach", result.Coach.Name), ("due", due));
        return await step.EndAsync(null, cancellationToken);
    }
}
