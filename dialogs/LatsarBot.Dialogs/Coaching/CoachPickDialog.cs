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
/// A coach typed a plain message (no reply to a relayed one): with one participant it is theirs; with several the
/// coach is asked which participant it is for, the waiting ones first; nothing typed is lost meanwhile.
/// </summary>
public sealed class CoachPickDialog(CurrentPerson currentPerson, CoachingRelay relay, LatsarDb db) : WaterfallDialog<CoachPickDialog.State>
{
    public const string DialogId = "coaching.pick";

    public override string Id => DialogId;

    public sealed class State
    {
        public string Text { get; set; } = "";
    }

    protected override State Start(object? options) => new() { Text = options as string ?? "" };

    protected override IReadOnlyList<StepFunc> DefineSteps() => [PickAsync, SendAsync];

    private async Task<DialogStatus> PickAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var coach = currentPerson.Required<StaffMember>();
        var threads = await CoachingThreads.ForStaffAsync(db, coach, cancellationToken);
        switch (threads.Count)
        {
            case 0:
                step.Turn.SendText(ThreadMsg.PickNone);
                return await step.EndAsync(null, cancellationToken);
            case 1:
                return await step.NextAsync(CoachingValues.Reply(threads[0].ParticipantId), cancellationToken);
        }

        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ThreadMsg.PickPrompt))
        {
            Choices =
            [
                .. threads.Select(t => new ReplyButton((t.IsWaiting ? "⏳ " : "") + t.ParticipantName, CoachingValues.Reply(t.ParticipantId))),
                step.Turn.Button(ThreadMsg.ButtonCancel, CoachingValues.Cancel),
            ],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SendAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var coach = currentPerson.Required<StaffMember>();
        if (CoachingValues.Parse(step.Result as string) is not ("reply", { } participantId))
        {
            return await step.EndAsync(null, cancellationToken);
        }

        if (await relay.ParticipantAsync(participantId, cancellationToken) is not { } participant || !LogbookAccess.Allows(coach, participant, LogbookAction.Reply))
        {
            step.Turn.SendText(ThreadMsg.Denied);
            return await step.EndAsync(null, cancellationToken);
        }

        var result = await relay.FromCoachAsync(coach, participant, step.Values.Text, null, step.Turn.Now, cancellationToken);
        step.Turn.SendText(result.Reached ? ThreadMsg.ReplySent : ThreadMsg.ReplySaved, ("name", participant.Name));
        return await step.EndAsync(null, cancellationToken);
    }
}
