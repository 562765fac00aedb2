using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Mooc;
using LatsarBot.Dialogs.Common;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>
/// The MOOC home: the welcoming video once, then the agenda menu with progress; from there the next unit
/// (resuming exactly where the participant left off, on any channel), an agenda's mata pelatihan and
/// units, the progress card or the post test. Every choice comes back to <see cref="Routes"/>.
/// </summary>
public sealed class MoocDialog(MoocLearner learner, LatsarDb db) : WaterfallDialog<MoocDialog.State>
{
    public const string DialogId = "mooc";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [WelcomeAsync, MenuAsync, DispatchAsync, RedispatchAsync];

    private async Task<DialogStatus> WelcomeAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (step.Turn.Person is not { IsParticipant: true } participant)
        {
            step.Turn.SendText(MoocMsg.OnlyParticipants);
            return await step.EndAsync(null, cancellationToken);
        }

        var progress = await learner.ProgressAsync(participant.Id, cancellationToken);
        if (progress.WelcomeSeenAt is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var welcome = learner.Curriculum.Welcome;
        var title = welcome.Title.In(step.Turn.Language);
        step.Turn.Send(new Reply($"*{title}*\n\n{welcome.Body.In(step.Turn.Language).Trim()}", attachments: [MoocView.Media(welcome.Media, title)]));
        progress.WelcomeSeenAt = step.Turn.Now;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(MoocMsg.WhatNext))
        {
            Choices = [step.Turn.Button(MoocMsg.Start, "menu")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> MenuAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var units = await learner.UnitsAsync(participant.Id, cancellationToken);
        var trophies = learner.Earned(units).Total;
        var choices = new List<ReplyButton>();
        if (learner.NextUnit(units) is { } next)
        {
            choices.Add(new ReplyButton(step.Turn.Text(MoocMsg.Continue, ("title", next.Title.In(step.Turn.Language))), "next"));
        }

        foreach (var agenda in learner.Curriculum.Agendas)
        {
            var done = agenda.Units.Count(u => units.TryGetValue(u.Id, out var p) && p.TrophyAt is not null);
            choices.Add(new ReplyButton(step.Turn.Text(MoocMsg.AgendaButton, ("title", agenda.Title.In(step.Turn.Language)), ("done", done), ("total", agenda.Units.Count())), "agenda:" + agenda.Id));
        }

        choices.Add(step.Turn.Button(MoocMsg.ProgressButton, "progress"));
        choices.Add(step.Turn.Button(MoocMsg.PostTestButton, "posttest"));
        choices.Add(step.Turn.Button(MoocMsg.BackToMainMenu, "back"));
        var menu = step.Turn.Say(MoocMsg.Menu, ("trophies", trophies), ("stars", MoocView.Stars(trophies, learner.Rules)));
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(menu) { Choices = choices }, cancellationToken);
    }

    /// <summary>What a menu choice, or what a child dialog ended with ("next", "menu", …), does; anything else shows the menu.</summary>
    private MenuRoutes<WaterfallStep<State>> Routes => _routes ??= new MenuRoutes<WaterfallStep<State>>(ShowMenuAsync)
        .On("next", NextAsync)
        .OnFound("agenda", (_, id, _) => Task.FromResult(learner.Curriculum.FindAgenda(id)), PickMataPelatihanAsync)
        .OnFound("mp", (_, id, _) => Task.FromResult(learner.Curriculum.FindMataPelatihan(id)), PickUnitAsync)
        .OnText("unit", (step, unitId, ct) => step.BeginAsync(UnitDialog.DialogId, unitId, ct), when: (_, unitId) => learner.Curriculum.FindUnit(unitId) is not null)
        .On("progress", ProgressAsync)
        .On("posttest", (step, ct) => step.BeginAsync(PostTestDialog.DialogId, null, ct))
        .On("back", (step, ct) => step.EndAsync(null, ct));

    private MenuRoutes<WaterfallStep<State>>? _routes;

    private Task<DialogStatus> DispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        Routes.RouteAsync(step, step.Result as string ?? "menu", cancellationToken);

    private async Task<DialogStatus> NextAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var units = await learner.UnitsAsync(participant.Id, cancellationToken);
        var current = (await learner.ProgressAsync(participant.Id, cancellationToken)).CurrentUnitId;
        var next = current is null ? learner.NextUnit(units) : learner.UnitAfter(current, units);
        if (next is null)
        {
            step.Turn.SendText(MoocMsg.AllDone);
            return await ShowMenuAsync(step, cancellationToken);
        }

        return await step.BeginAsync(UnitDialog.DialogId, next.Id, cancellationToken);
    }

    private async Task<DialogStatus> PickMataPelatihanAsync(WaterfallStep<State> step, Agenda agenda, CancellationToken cancellationToken)
    {
        var units = await learner.UnitsAsync(step.Turn.Person!.Id, cancellationToken);
        var language = step.Turn.Language;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(MoocMsg.PickMataPelatihan, ("agenda", agenda.Title.In(language))))
        {
            Choices = [.. agenda.MataPelatihan.Select(mp => new ReplyButton(
                step.Turn.Text(MoocMsg.AgendaButton, ("title", mp.Title.In(language)), ("done", Done(mp.Units, units)), ("total", mp.Units.Count)), "mp:" + mp.Id)),
                step.Turn.Button(MoocMsg.BackToMooc, "menu")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> PickUnitAsync(WaterfallStep<State> step, MataPelatihan mp, CancellationToken cancellationToken)
    {
        var units = await learner.UnitsAsync(step.Turn.Person!.Id, cancellationToken);
        var language = step.Turn.Language;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(step.Turn.Say(MoocMsg.PickUnit, ("mp", mp.Title.In(language))))
        {
            Choices = [.. mp.Units.Select(u => new ReplyButton((Done([u], units) == 1 ? "🏆 " : "") + u.Title.In(language), "unit:" + u.Id)),
                step.Turn.Button(MoocMsg.BackToMooc, "menu")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ProgressAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var participant = step.Turn.Person!;
        var units = await learner.UnitsAsync(participant.Id, cancellationToken);
        var attempts = await db.PostTestAttempts.Where(a => a.ParticipantId == participant.Id).ToListAsync(cancellationToken);
        step.Turn.Send(MoocView.ProgressCard(step.Turn, learner, units, attempts));
        return await ShowMenuAsync(step, cancellationToken);
    }

    private Task<DialogStatus> ShowMenuAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(MenuAsync, null, cancellationToken);

    private Task<DialogStatus> RedispatchAsync(WaterfallStep<State> step, CancellationToken cancellationToken) =>
        step.GoToAsync(DispatchAsync, step.Result, cancellationToken);

    private static int Done(IEnumerable<Unit> of, IReadOnlyDictionary<string, Core.Mooc.Progress.UnitProgress> units) =>
        of.Count(u => units.TryGetValue(u.Id, out var p) && p.TrophyAt is not null);
}
