using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Data;
using LatsarBot.Data.Mooc;
using LatsarBot.Dialogs.Common;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>
/// The post test (Evaluasi 1). An attempt is a server-side record (drawn paper, answers, deadline); the
/// buttons carry "pt{attempt}.{question}.{letter}" only, so nothing a client receives reveals a key. A
/// stale or replayed press, or an answer after the deadline, is ignored with a polite note.
/// </summary>
public sealed class PostTestDialog(MoocLearner learner, LatsarDb db, PostTestPool pool, PostTestSettings settings)
    : WaterfallDialog<PostTestDialog.State>
{
    public const string DialogId = "mooc.posttest";

    public override string Id => DialogId;

    public sealed class State
    {
        /// <summary>The attempt record's number (unique per participant).</summary>
        public int Attempt { get; set; }

        /// <summary>Which attempt this is for the caps (AMB-10): abandoned ones count only when configured to.</summary>
        public int Counted { get; set; }
    }

    private MoocRules Rules => learner.Rules;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [CheckAsync, StartAsync, AskAsync, AnswerAsync, FinishAsync];

    private async Task<DialogStatus> CheckAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participantId = step.Turn.Person!.Id;
        var attempts = await db.PostTestAttempts.Where(a => a.ParticipantId == participantId).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        if (attempts.LastOrDefault(a => a.Status == PostTestAttemptStatus.InProgress) is { } open)
        {
            if (open.DeadlineAt is null || open.DeadlineAt > step.Turn.Now)
            {
                step.Values.Attempt = open.Number;
                step.Values.Counted = Counted(attempts.Where(a => a.Number < open.Number)).Count + 1;
                step.Turn.SendText(MoocMsg.PostTestResumed);
                return await step.GoToAsync(AskAsync, null, cancellationToken);
            }

            Close(open, step.Turn.Now, PostTestAttemptStatus.Abandoned, Counted(attempts.Where(a => a.Number < open.Number)).Count + 1);
            step.Turn.SendText(MoocMsg.PostTestAbandoned);
        }

        var standing = PostTestLedger.Evaluate(Counted(attempts), Rules);
        if (standing.Next is not { } next)
        {
            step.Turn.SendText(MoocMsg.PostTestLocked, ("score", Format(step, standing.RecordedScore ?? 0m)));
            return await step.EndAsync(null, cancellationToken);
        }

        var minimums = learner.Minimums(await learner.UnitsAsync(participantId, cancellationToken));
        if (settings.RequireMinimums && !minimums.AllMet)
        {
            step.Turn.SendText(MoocMsg.PostTestNotReady, ("missing", string.Join("\n", MoocView.MinimumLines(step.Turn, minimums, missingOnly: true))));
            return await step.EndAsync(null, cancellationToken);
        }

        step.Values.Attempt = attempts.Count == 0 ? 1 : attempts.Max(a => a.Number) + 1;
        step.Values.Counted = next.Number;
        var limit = settings.TimeLimit is { } time ? $"- ⏱ {(int)time.TotalMinutes} min" : "";
        var intro = step.Turn.Say(MoocMsg.PostTestIntro,
            ("count", Rules.PostTest.S1Items + Rules.PostTest.S2Items), ("attempt", next.Number), ("cap", Format(step, next.Cap)),
            ("pass", Format(step, Rules.PostTest.PassMark)), ("limit", limit));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(intro)
        {
            Choices = [step.Turn.Button(MoocMsg.PostTestBegin, "begin"), step.Turn.Button(MoocMsg.PostTestLater, "later")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> StartAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() != "begin")
        {
            return await step.EndAsync(null, cancellationToken);
        }

        var participantId = step.Turn.Person!.Id;
        var paper = PostTestPaper.Draw(learner.Curriculum, pool, Random.Shared, Rules);
        db.PostTestAttempts.Add(new PostTestAttemptRecord
        {
            ParticipantId = participantId,
            Number = step.Values.Attempt,
            StartedAt = step.Turn.Now,
            DeadlineAt = settings.TimeLimit is { } limit ? step.Turn.Now + limit : null,
            ItemsJson = PostTestPaper.Serialize(paper),
            Status = PostTestAttemptStatus.InProgress,
        });
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogStatus> AskAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var attempt = await AttemptAsync(step, cancellationToken);
        var paper = PostTestPaper.Parse(attempt.ItemsJson);
        var index = PostTestPaper.ParseAnswers(attempt.AnswersJson).Count;
        var drawn = paper[index];
        var item = PostTestPaper.Item(pool, drawn);
        var language = step.Turn.Language;
        var text = step.Turn.Text(MoocMsg.PostTestQuestion, ("number", index + 1), ("count", paper.Count), ("question", item.Question.In(language)));
        var buttons = drawn.OptionOrder.Select((optionId, shown) => new ReplyButton(
            $"{UnitDialog.Letter(shown)}. {item.Options[int.Parse(optionId, CultureInfo.InvariantCulture)].Text.In(language)}",
            $"pt{attempt.Number}.{index}.{UnitDialog.Letter(shown)}")).ToList();
        step.Turn.Send(new Reply(text, buttons));
        return await step.WaitAsync();
    }

    private async Task<DialogStatus> AnswerAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var attempt = await AttemptAsync(step, cancellationToken);
        if (attempt.DeadlineAt is { } deadline && step.Turn.Now > deadline)
        {
            step.Turn.SendText(MoocMsg.PostTestTimeUp);
            return await step.NextAsync(PostTestAttemptStatus.Abandoned, cancellationToken);
        }

        var paper = PostTestPaper.Parse(attempt.ItemsJson);
        var answers = PostTestPaper.ParseAnswers(attempt.AnswersJson);
        var shown = ChoiceOf(step.ResultAs<Activity>(), attempt.Number, answers.Count, paper[answers.Count].OptionOrder.Count);
        if (shown is null)
        {
            step.Turn.SendText(MoocMsg.PostTestStale);
            return await step.GoToAsync(AskAsync, null, cancellationToken);
        }

        answers.Add(paper[answers.Count].OptionOrder[shown.Value]);
        attempt.AnswersJson = PostTestPaper.SerializeAnswers(answers);
        return answers.Count < paper.Count
            ? await step.GoToAsync(AskAsync, null, cancellationToken)
            : await step.NextAsync(PostTestAttemptStatus.Finished, cancellationToken);
    }

    private async Task<DialogStatus> FinishAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var attempt = await AttemptAsync(step, cancellationToken);
        var record = Close(attempt, step.Turn.Now, step.ResultAs<PostTestAttemptStatus>(), step.Values.Counted);
        if (record.Passed)
        {
            step.Turn.SendText(MoocMsg.PostTestPassed, ("raw", Format(step, record.RawScore!.Value)), ("recorded", Format(step, record.RecordedScore!.Value)), ("attempt", step.Values.Counted));
        }
        else
        {
            step.Turn.SendText(MoocMsg.PostTestFailed, ("raw", Format(step, record.RawScore!.Value)), ("pass", Format(step, Rules.PostTest.PassMark)),
                ("cap", Format(step, PostTestScoreCap.CapFor(step.Values.Counted + 1, Rules))));
        }

        return await step.EndAsync(null, cancellationToken);
    }

    /// <summary>Scores and closes an attempt; an abandoned one is scored on what was answered (the rest count as wrong).</summary>
    private PostTestAttemptRecord Close(PostTestAttemptRecord attempt, DateTimeOffset now, PostTestAttemptStatus status, int counted)
    {
        var raw = PostTestPaper.Score(PostTestPaper.Parse(attempt.ItemsJson), PostTestPaper.ParseAnswers(attempt.AnswersJson), pool, Rules);
        var judged = PostTestAttempt.Judge(counted, raw, Rules);
        attempt.Status = status;
        attempt.FinishedAt = now;
        attempt.RawScore = raw;
        attempt.Passed = judged.Passed;
        attempt.RecordedScore = judged.Passed ? PostTestScoreCap.Recorded(counted, raw, Rules) : null;
        return attempt;
    }

    private List<PostTestAttempt> Counted(IEnumerable<PostTestAttemptRecord> attempts) =>
        attempts.Where(a => a.Status == PostTestAttemptStatus.Finished || (a.Status == PostTestAttemptStatus.Abandoned && settings.AbandonedCounts))
            .Select((a, i) => new PostTestAttempt(i + 1, a.RawScore ?? 0m, a.Passed))
            .ToList();

    private async Task<PostTestAttemptRecord> AttemptAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participantId = step.Turn.Person!.Id;
        return db.PostTestAttempts.Local.FirstOrDefault(a => a.ParticipantId == participantId && a.Number == step.Values.Attempt)
            ?? await db.PostTestAttempts.FirstAsync(a => a.ParticipantId == participantId && a.Number == step.Values.Attempt, cancellationToken);
    }

    /// <summary>The shown position chosen for the current question, or null for a press on another attempt or question.</summary>
    public static int? ChoiceOf(Activity activity, int attempt, int question, int optionCount)
    {
        var input = activity.Input.Trim().ToLowerInvariant();
        if (activity.Value is ChoiceValue)
        {
            var prefix = $"pt{attempt}.{question}.";
            if (!input.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            input = input[prefix.Length..];
        }

        var position = input.Length == 1 && input[0] is >= 'a' and <= 'z' ? input[0] - 'a' : -1;
        return position >= 0 && position < optionCount ? position : null;
    }

    /// <summary>Two decimals, with the decimal comma in Indonesian (DOMAIN.md §0).</summary>
    private static string Format(WaterfallStep<State> step, decimal score) => score.ToString("0.00", MoocView.Culture(step.Turn));
}
