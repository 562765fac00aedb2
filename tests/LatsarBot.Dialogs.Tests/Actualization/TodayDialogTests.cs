using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Tests.Actualization;

public sealed class TodayDialogTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Edit_TodaysEntry_RewritesTextAndStampsEdit()
    {
        var entryId = await TodaysEntryAsync();
        var flow = await AtEntryAsync(entryId);

        await flow.PressAsync("edit");
        await flow.SendAsync("Memindai 60 surat masuk");

        flow.AssertReply(ActualizationMsg.TodayEditAsk);
        flow.AssertReply(ActualizationMsg.TodayEdited);
        await using var db = _bot.NewContext();
        var entry = await db.LogEntries.SingleAsync();
        Assert.Equal(("Memindai 60 surat masuk", _bot.Time.GetUtcNow()), (entry.WhatWasDone, entry.EditedAt));
    }

    [Fact]
    public async Task Delete_TodaysEntry_RemovesItAndItsEvidence()
    {
        var entryId = await TodaysEntryAsync();
        var flow = await AtEntryAsync(entryId);

        await flow.PressAsync("delete");
        await flow.PressAsync("yes");

        flow.AssertReply(ActualizationMsg.TodayDeleteConfirm);
        flow.AssertReply(ActualizationMsg.TodayDeleted);
        await using var db = _bot.NewContext();
        Assert.Equal((0, 0), (await db.LogEntries.CountAsync(), await db.Evidence.CountAsync()));
    }

    [Fact]
    public async Task Today_EntryFromYesterday_NotOffered()
    {
        await TodaysEntryAsync();
        _bot.Time.Advance(TimeSpan.FromDays(1));
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        flow.TakeAll();

        await flow.PressAsync("today");

        flow.AssertReply(ActualizationMsg.TodayNone);
    }

    private async Task<int> TodaysEntryAsync()
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
        await using var db = _bot.NewContext();
        var participant = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var entry = new LogEntry
        {
            ParticipantId = participant.Id, Date = ActualizationFixture.Today(_bot), DayNumber = 1, PlannedActivityId = activityId,
            WhatWasDone = "Memindai 40 surat masuk", Values = BerAkhlakValues.Akuntabel, CreatedAt = _bot.Time.GetUtcNow(),
            Evidence = [new Evidence { Sha256 = new string('b', 64), ContentType = "image/png", StoragePath = "ref" }],
        };
        db.LogEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    private async Task<TestFlow> AtEntryAsync(int entryId)
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/aktualisasi");
        await flow.PressAsync("today");
        await flow.PressAsync("e:" + entryId);
        flow.TakeAll();
        return flow;
    }
}
