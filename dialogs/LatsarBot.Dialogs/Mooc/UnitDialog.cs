using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Mooc.Trophies;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Mooc;
using LatsarBot.Dialogs.Common;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>
/// One micro-learning unit: media and body → "Sudah saya pelajari" → micro-quiz → trophy (AMB-08: content
/// consumed and ≥ 70 % correct, at most once per unit). Ends with "next" or "menu" for the MOOC menu to act on.
/// Quiz buttons carry "q{question}.{letter}" in a per-attempt shuffled order; the key stays in the dialog state.
/// </summary>
public sealed class UnitDialog(MoocLearner learner) : WaterfallDialog<UnitDialog.State>
{
    public const string DialogId = "mooc.unit";
    public const string Next = "next";
    public const string Menu = "menu";

    public override string Id => DialogId;

    public sealed class State
    {
        public string UnitId { get; set; } = "";

        /// <summary>Per question, the original option indexes in the order shown.</summary>
        public List<List<int>> Orders { get; set; } = [];

        public int Index { get; set; }

        public int Correct { get; set; }
    }

    protected override State Start(object? options) => new() { UnitId = (string)options! };

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, StartQuizAsync, AskAsync, AnswerAsync, FinishAsync, RouteAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var unit = learner.Curriculum.FindUnit(step.Values.UnitId)!;
        (await learner.ProgressAsync(participant.Id, cancellationToken)).CurrentUnitId = unit.Id;
        var language = step.Turn.Language;
        var title = unit.Title.In(language);
        var header = step.Turn.Text(MoocMsg.UnitHeader,
            ("title", title),
            ("mp", learner.Curriculum.FindMataPelatihan(unit.MataPelatihanId)?.Title.In(language) ?? ""),
            ("category", unit.Category),
            ("body", unit.Body.In(language).Trim()));
        step.Turn.Send(new Reply(header, attachments: [MoocView.Media(unit.Media, title)]));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(MoocMsg.QuizIntro, ("count", unit.Quiz.Count), ("percent", Percent())))
        {
            Choices = [step.Turn.Button(MoocMsg.Studied, "studied"), step.Turn.Button(MoocMsg.BackToMooc, Menu)],
        }, cancellationToken);
    }

    private async Task<DialogStatus> StartQuizAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<string>() == Menu)
        {
            return await step.EndAsync(Menu, cancellationToken);
        }

        var participant = step.Turn.Person;
        var progress = await learner.UnitAsync(participant!.Id, step.Values.UnitId, cancellationToken);
        progress.ConsumedAt ??= step.Turn.Now;
        progress.QuizAttempts++;
        var unit = learner.Curriculum.FindUnit(step.Values.UnitId)!;
        step.Values.Orders = unit.Quiz.Select(q => Enumerable.Range(0, q.Options.Count).OrderBy(_ => Random.Shared.Next()).ToList()).ToList();
        step.Values.Index = 0;
        step.Values.Correct = 0;
        return await step.NextAsync(null, cancellationToken);
    }

    private Task<DialogStatus> AskAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var unit = learner.Curriculum.FindUnit(step.Values.UnitId)!;
        var question = unit.Quiz[step.Values.Index];
        var order = step.Values.Orders[step.Values.Index];
        var text = step.Turn.Text(MoocMsg.QuizQuestion, ("number", step.Values.Index + 1), ("count", unit.Quiz.Count), ("question", question.Question.In(step.Turn.Language)));
        var buttons = order.Select((original, shown) => new ReplyButton(
            $"{Letter(shown)}. {question.Options[original].Text.In(step.Turn.Language)}", $"q{step.Values.Index}.{Letter(shown)}")).ToList();
        step.Turn.Send(new Reply(text, buttons));
        return step.WaitAsync();
    }

    private async Task<DialogStatus> AnswerAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var unit = learner.Curriculum.FindUnit(step.Values.UnitId)!;
        var question = unit.Quiz[step.Values.Index];
        var order = step.Values.Orders[step.Values.Index];
        var shown = ChoiceOf(step.ResultAs<Activity>(), step.Values.Index, order.Count);
        if (shown is null)
        {
            step.Turn.SendText(MoocMsg.QuizStale);
            return await step.GoToAsync(AskAsync, null, cancellationToken);
        }

        var chosen = order[shown.Value];
        if (question.Options[chosen].IsCorrect)
        {
            step.Values.Correct++;
            step.Turn.SendText(MoocMsg.QuizRight);
        }
        else
        {
            var right = question.Options[question.CorrectIndex].Text.In(step.Turn.Language);
            var explanation = question.Explanation?.In(step.Turn.Language);
            step.Turn.Send(new Reply(step.Turn.Text(MoocMsg.QuizWrong, ("answer", right)) + (explanation is null ? "" : "\n" + explanation)));
        }

        step.Values.Index++;
        return step.Values.Index < unit.Quiz.Count
            ? await step.GoToAsync(AskAsync, null, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogStatus> FinishAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person;
        var units = await learner.UnitsAsync(participant!.Id, cancellationToken);
        var progress = await learner.UnitAsync(participant.Id, step.Values.UnitId, cancellationToken);
        var count = learner.Curriculum.FindUnit(step.Values.UnitId)!.Quiz.Count;
        progress.BestQuizRatio = Math.Max(progress.BestQuizRatio, count == 0 ? 1m : Math.Round((decimal)step.Values.Correct / count, 4));
        var wasComplete = learner.Minimums(units).AllMet;
        var outcome = UnitTrophy.Decide(progress.TrophyAt is not null, progress.ConsumedAt is not null, step.Values.Correct, count, learner.Rules);
        if (outcome == UnitTrophyOutcome.Awarded)
        {
            progress.TrophyAt = step.Turn.Now;
        }

        var trophies = learner.Earned(units).Total;
        var choices = new List<ReplyButton>();
        switch (outcome)
        {
            case UnitTrophyOutcome.Awarded:
                step.Turn.SendText(MoocMsg.TrophyAwarded, ("trophies", trophies), ("stars", MoocView.Stars(trophies, learner.Rules)));
                break;
            case UnitTrophyOutcome.AlreadyAwarded:
                step.Turn.SendText(MoocMsg.TrophyAlready, ("trophies", trophies));
                break;
            default:
                step.Turn.SendText(MoocMsg.QuizFailed, ("correct", step.Values.Correct), ("count", count), ("percent", Percent()));
                choices.Add(step.Turn.Button(MoocMsg.RetryQuiz, "retry"));
                choices.Add(step.Turn.Button(MoocMsg.StudyAgain, "study"));
                break;
        }

        if (!wasComplete && learner.Minimums(units).AllMet)
        {
            (await learner.ProgressAsync(participant.Id, cancellationToken)).CompletedAt ??= step.Turn.Now;
            step.Turn.SendText(MoocMsg.Completed);
        }

        choices.Add(step.Turn.Button(MoocMsg.NextUnit, Next));
        choices.Add(step.Turn.Button(MoocMsg.BackToMooc, Menu));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(MoocMsg.WhatNext)) { Choices = choices }, cancellationToken);
    }

    private Task<DialogStatus> RouteAsync(WaterfallStep<State> step, CancellationToken cancellationToken) => step.ResultAs<string>() switch
    {
        "retry" => step.GoToAsync(StartQuizAsync, "studied", cancellationToken),
        "study" => step.GoToAsync(ShowAsync, null, cancellationToken),
        var choice => step.EndAsync(choice, cancellationToken),
    };

    /// <summary>The shown position chosen: a button of this question, or a typed letter or number; null for a stale or unclear answer.</summary>
    public static int? ChoiceOf(Activity activity, int questionIndex, int optionCount)
    {
        var input = activity.Input.Trim().ToLowerInvariant();
        if (activity.Value is ChoiceValue)
        {
            var prefix = $"q{questionIndex}.";
            if (!input.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            input = input[prefix.Length..];
        }

        var position = input.Length == 1 && input[0] is >= 'a' and <= 'z' ? input[0] - 'a'
            : int.TryParse(input, out var number) ? number - 1
            : -1;
        return position >= 0 && position < optionCount ? position : null;
    }

    public static string Letter(int shown) => ((char)('a' + shown)).ToString();

    private int Percent() => (int)Math.Round(learner.Rules.Trophies.UnitPassRatio * 100);
}
