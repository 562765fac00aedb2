using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using LatsarBot.Core.Mooc.Competition;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Mooc;
using LatsarBot.Dialogs.Common;
using LatsarBot.Learning.Participants;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Mooc;

/// <summary>
/// The class leaderboard (AMB-17): trophies, then post-test score, then earliest completion; the top
/// 10 by initials, the viewer's own rank, and a switch to hide one's name.
/// </summary>
public sealed class LeaderboardDialog(CurrentPerson currentPerson, MoocLearner learner, LatsarDb db) : WaterfallDialog<LeaderboardDialog.State>
{
    public const string DialogId = "mooc.leaderboard";

    public override string Id => DialogId;

    public sealed class State;

    protected override IReadOnlyList<StepFunc> DefineSteps() => [ShowAsync, ApplyAsync];

    private async Task<DialogStatus> ShowAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        if (currentPerson.Entity is not Participant viewer)
        {
            step.Turn.SendText(MoocMsg.OnlyParticipants);
            return await step.EndAsync(null, cancellationToken);
        }

        var view = Leaderboard.For(await EntriesAsync(viewer.ClassId, cancellationToken), viewer.Id, learner.Rules);
        var lines = new List<string> { step.Turn.Text(MoocMsg.LeaderboardTitle, ("count", view.Participants)) };
        lines.AddRange(view.Top.Select(row => step.Turn.Text(MoocMsg.LeaderboardRow,
            ("rank", row.Rank),
            ("who", row.IsAnonymous ? step.Turn.Text(MoocMsg.LeaderboardAnonymous) : row.Initials + (row.IsViewer ? " ⬅️" : "")),
            ("trophies", row.Trophies))));
        lines.Add("");
        lines.Add(step.Turn.Text(MoocMsg.LeaderboardYou, ("rank", view.Viewer.Rank), ("count", view.Participants)));
        var hidden = (await learner.ProgressAsync(viewer.Id, cancellationToken)).HiddenOnLeaderboard;
        return await step.PromptAsync(Prompts.Choice, new PromptOptions(new Reply(string.Join("\n", lines)))
        {
            Choices = [hidden ? step.Turn.Button(MoocMsg.LeaderboardShow, "show") : step.Turn.Button(MoocMsg.LeaderboardHide, "hide"), step.Turn.Button(MoocMsg.BackToMainMenu, "back")],
        }, cancellationToken);
    }

    private async Task<DialogStatus> ApplyAsync(WaterfallStep<State> step, CancellationToken cancellationToken)
    {
        var choice = step.ResultAs<string>();
        if (choice is "hide" or "show")
        {
            var viewer = step.Turn.Person!;
            (await learner.ProgressAsync(viewer.Id, cancellationToken)).HiddenOnLeaderboard = choice == "hide";
            step.Turn.SendText(choice == "hide" ? MoocMsg.LeaderboardHidden : MoocMsg.LeaderboardShown);
        }

        return await step.EndAsync(null, cancellationToken);
    }

    private async Task<List<LeaderboardEntry>> EntriesAsync(int classId, CancellationToken cancellationToken)
    {
        var classmates = await db.Participants.Where(p => p.ClassId == classId).Select(p => new { p.Id, p.Name, p.Ndh }).ToListAsync(cancellationToken);
        var ids = classmates.Select(c => c.Id).ToList();
        var trophies = await db.UnitProgress.Where(u => ids.Contains(u.ParticipantId) && u.TrophyAt != null)
            .GroupBy(u => u.ParticipantId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Decimal aggregates do not translate on SQLite; a class is ~40 people, so the scores are reduced here.
        var scores = (await db.PostTestAttempts.Where(a => ids.Contains(a.ParticipantId) && a.RecordedScore != null)
                .Select(a => new { a.ParticipantId, a.RecordedScore }).ToListAsync(cancellationToken))
            .GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => g.Max(a => a.RecordedScore));
        var progress = await db.MoocProgress.Where(m => ids.Contains(m.ParticipantId)).ToDictionaryAsync(m => m.ParticipantId, cancellationToken);
        return classmates.Select(c => new LeaderboardEntry(
            c.Id, c.Name, c.Ndh, trophies.GetValueOrDefault(c.Id), scores.GetValueOrDefault(c.Id),
            progress.GetValueOrDefault(c.Id)?.CompletedAt, progress.GetValueOrDefault(c.Id)?.HiddenOnLeaderboard ?? false)).ToList();
    }
}
