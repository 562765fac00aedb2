using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Actualization;

public sealed class PlanAndViewsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Plan_AddActivityInChat_StoredWithValuesAndNoMissionWhenSkipped()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("plan");
        await flow.PressAsync("add");
        await flow.SendAsync("Survei kepuasan layanan");
        await flow.SendAsync("Laporan survei");
        await flow.PressAsync(nameof(BerAkhlakValues.BerorientasiPelayanan));
        await flow.PressAsync(nameof(BerAkhlakValues.Adaptif));
        await flow.PressAsync("done");
        flow.TakeAll();

        await flow.PressAsync("skip");

        flow.AssertReply(ActualizationMsg.PlanAdded, ("title", "Survei kepuasan layanan"));
        await using var db = _bot.NewContext();
        var activity = await db.PlannedActivities.SingleAsync();
        Assert.Equal(("Laporan survei", BerAkhlakValues.BerorientasiPelayanan | BerAkhlakValues.Adaptif, (string?)null),
            (activity.ExpectedOutput, activity.Values, activity.MissionLink));
    }

    [Fact]
    public async Task Timeline_MarkFinished_ProgressCountsFinishedAndEvidence()
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-8));
        await using (var db = _bot.NewContext())
        {
            var participant = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
            db.LogEntries.Add(new LogEntry
            {
                ParticipantId = participant.Id, Date = ActualizationFixture.Today(_bot), DayNumber = 9, PlannedActivityId = activityId, WhatWasDone = "Memindai",
                Evidence = [new Evidence { Sha256 = new string('a', 64), ContentType = "image/png", StoragePath = "r" }],
            });
            await db.SaveChangesAsync();
        }

        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();
        await flow.PressAsync("timeline");
        var timeline = flow.TakeAll();
        await flow.PressAsync("finish:" + activityId);
        flow.TakeAll();
        await flow.PressAsync("progress");

        Assert.Contains(_bot.Messages.Text(Core.Participants.Language.Id, ActualizationMsg.TimelineWeek, ("week", 2), ("from", 8), ("to", 14)), timeline[0].Text, StringComparison.Ordinal);
        var progress = flow.TakeAll()[0].Text;
        Assert.Contains(_bot.Messages.Text(Core.Participants.Language.Id, ActualizationMsg.ProgressSummary, ("planned", 1), ("started", 1), ("finished", 1), ("evidence", 1)), progress, StringComparison.Ordinal);
    }
}
