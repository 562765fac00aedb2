using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Actualization;
using LatsarBot.Dialogs.Common;
using LatsarBot.Documents.Evidence;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Dialogs.Actualization;

/// <summary>
/// "Catat aktualisasi" (DOMAIN.md A.8, Block A.4): day number → planned activity → what was done → values →
/// evidence files (several, "Selesai") → summary → Simpan/Batal. Only days 1–30 are accepted; the day and date
/// are fixed when the flow starts, so an entry begun before midnight is kept on the day it was begun.
/// Each file is fetched into the evidence store as it arrives (see <see cref="EvidenceFetcher"/> for why there);
/// a refused or unavailable file is answered at once and the entry goes on without it.
/// </summary>
public sealed class LogDialog(ActualizationLogbook logbook, EvidenceFetcher fetcher) : WaterfallDialog<LogDialog.State>
{
    public const string DialogId = "actualization.log";

    private const string Done = "done";
    private const string Save = "save";
    private const string Cancel = "cancel";

    public override string Id => DialogId;

    /// <summary>The evidence state changed shape (hash and store path instead of the channel's reference).</summary>
    public override int Version => 2;

    private long MaxMegabytes => Math.Max(1, fetcher.MaxBytes / (1024 * 1024));

    public sealed class State
    {
        public DateOnly Date { get; set; }

        public int Day { get; set; }

        public int ActivityId { get; set; }

        public string ActivityTitle { get; set; } = "";

        public string WhatWasDone { get; set; } = "";

        public BerAkhlakValues Values { get; set; }

        public List<PendingEvidence> Evidence { get; set; } = [];
    }

    public sealed class PendingEvidence
    {
        public string Sha256 { get; set; } = "";

        public string ContentType { get; set; } = "";

        public long Size { get; set; }

        public string StoragePath { get; set; } = "";

        public string? Name { get; set; }
    }

    protected override IReadOnlyList<StepFunc> DefineSteps() =>
        [CheckAsync, AskDoneAsync, AskValuesAsync, AskEvidenceAsync, WaitEvidenceAsync, CollectAsync, ConfirmAsync, SaveAsync];

    private async Task<DialogStatus> CheckAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var plan = await logbook.PlanAsync(participant.Id, cancellationToken);
        var today = ActualizationSchedule.Today(participant.TimeZone, step.Turn.Now);
        if (plan?.StartDate is not { } start)
        {
            step.Turn.SendText(ActualizationMsg.LogNotSet);
            return await step.EndAsync(null, cancellationToken);
        }

        var day = ActualizationSchedule.DayNumber(start, today);
        if (!ActualizationSchedule.IsWithin(day))
        {
            step.Turn.SendText(day < 1 ? ActualizationMsg.LogBefore : ActualizationMsg.LogAfter,
                ("date", ActualizationView.Date(step.Turn, day < 1 ? start : start.AddDays(ActualizationSchedule.Days - 1))));
            return await step.EndAsync(null, cancellationToken);
        }

        if (plan.Activities.Count == 0)
        {
            step.Turn.SendText(ActualizationMsg.LogNoActivities);
            return await step.EndAsync(null, cancellationToken);
        }

        step.Values.Date = today;
        step.Values.Day = day;
        step.Turn.SendText(ActualizationMsg.LogDay, ("day", day), ("days", ActualizationSchedule.Days));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(ActualizationMsg.LogPickActivity))
        {
            Choices = [.. plan.Activities.Select(a => new ReplyButton(a.Title, "a:" + a.Id)), step.Turn.Button(ActualizationMsg.ButtonCancel, Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> AskDoneAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var plan = await logbook.PlanAsync(participant.Id, cancellationToken);
        var choice = step.ResultAs<string>();
        var activity = plan?.Activities.FirstOrDefault(a => "a:" + a.Id == choice);
        if (activity is null)
        {
            return await step.EndAsync(null, cancellationToken);
        }

        step.Values.ActivityId = activity.Id;
        step.Values.ActivityTitle = activity.Title;
        step.Values.Values = activity.Values;
        return await step.PromptAsync(Prompts.Text, new PromptOptions(step.Turn.Say(ActualizationMsg.LogAskDone, ("title", activity.Title))), cancellationToken);
    }

    private Task<DialogStatus> AskValuesAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.WhatWasDone = step.ResultAs<string>();

        // The planned activity's values are the likely answer, so they start out chosen.
        return step.BeginAsync(ValuesDialog.DialogId, step.Values.Values, cancellationToken);
    }

    private Task<DialogStatus> AskEvidenceAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        step.Values.Values = step.ResultAs<BerAkhlakValues>();
        step.Turn.Send(step.Turn.Say(ActualizationMsg.EvidenceAsk, ("max", EvidenceRules.DefaultMaxBytes / (1024 * 1024)))
            .WithButtons(step.Turn.Button(ActualizationMsg.ButtonDone, Done)));
        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogStatus> WaitEvidenceAsync(WaterfallStep<State> step, CancellationToken cancellationToken) => step.WaitAsync();

    private async Task<DialogStatus> CollectAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var activity = step.ResultAs<Activity>();
        if (activity.Attachments.Count == 0)
        {
            if (activity.Input.Equals(Done, StringComparison.OrdinalIgnoreCase) || activity.Input.Equals(step.Turn.Text(ActualizationMsg.ButtonDone), StringComparison.OrdinalIgnoreCase))
            {
                return await step.NextAsync(null, cancellationToken);
            }

            step.Turn.Send(step.Turn.Say(ActualizationMsg.EvidenceUnclear).WithButtons(step.Turn.Button(ActualizationMsg.ButtonDone, Done)));
            return await step.GoToAsync(WaitEvidenceAsync, null, cancellationToken);
        }

        var answers = new List<Reply>();
        foreach (var file in activity.Attachments)
        {
            var name = file.Name ?? file.ContentType;
            switch (await fetcher.FetchAsync(activity, file, cancellationToken))
            {
                case EvidenceOutcome.Stored stored:
                    if (step.Values.Evidence.All(e => e.Sha256 != stored.Sha256))
                    {
                        step.Values.Evidence.Add(new PendingEvidence
                        {
                            Sha256 = stored.Sha256, ContentType = stored.ContentType, Size = stored.Size, StoragePath = stored.StoragePath, Name = file.Name,
                        });
                    }

                    answers.Add(step.Turn.Say(ActualizationMsg.EvidenceAccepted, ("name", name)));
                    break;
                case EvidenceOutcome.Rejected { Verdict: EvidenceVerdict.TooLarge }:
                    answers.Add(step.Turn.Say(ActualizationMsg.EvidenceRejectedSize, ("name", name), ("max", MaxMegabytes)));
                    break;
                case EvidenceOutcome.Rejected:
                    answers.Add(step.Turn.Say(ActualizationMsg.EvidenceRejectedType, ("name", name), ("type", file.ContentType)));
                    break;
                default:
                    answers.Add(step.Turn.Say(ActualizationMsg.EvidenceUnavailable, ("name", name)));
                    break;
            }
        }

        // Sending a file answered the earlier "Selesai" button (a chat disables it), so the last answer offers it again.
        answers[^1] = answers[^1].WithButtons(step.Turn.Button(ActualizationMsg.ButtonDone, Done));
        answers.ForEach(step.Turn.Send);
        return await step.GoToAsync(WaitEvidenceAsync, null, cancellationToken);
    }

    private Task<DialogStatus> ConfirmAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var summary = step.Turn.Say(ActualizationMsg.LogSummary,
            ("day", step.Values.Day), ("days", ActualizationSchedule.Days), ("title", step.Values.ActivityTitle), ("done", step.Values.WhatWasDone),
            ("values", ActualizationView.Values(step.Turn, step.Values.Values)), ("evidence", step.Values.Evidence.Count));
        return step.PromptAsync(Prompts.Choice, new PromptOptions(summary)
        {
            Choices = [step.Turn.Button(ActualizationMsg.ButtonSave, Save), step.Turn.Button(ActualizationMsg.ButtonCancel, Cancel)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> SaveAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() != Save)
        {
            step.Turn.SendText(ActualizationMsg.LogDiscarded);
            return await step.EndAsync(null, cancellationToken);
        }

        var participant = step.Turn.Person!;
        logbook.Add(new LogEntry
        {
            ParticipantId = participant.Id,
            Date = step.Values.Date,
            DayNumber = step.Values.Day,
            PlannedActivityId = step.Values.ActivityId,
            WhatWasDone = step.Values.WhatWasDone,
            Values = step.Values.Values,
            CreatedAt = step.Turn.Now,
            Evidence = [.. step.Values.Evidence.Select(e => new Evidence
            {
                Sha256 = e.Sha256,
                ContentType = e.ContentType,
                Size = e.Size,
                OriginalName = e.Name,
                StoragePath = e.StoragePath,
            })],
        });
        step.Turn.SendText(ActualizationMsg.LogSaved, ("day", step.Values.Day));
        return await step.EndAsync(null, cancellationToken);
    }
}
