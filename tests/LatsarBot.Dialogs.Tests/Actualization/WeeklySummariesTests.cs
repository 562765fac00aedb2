using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Outbox;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Dialogs.Tests.Actualization;

/// <summary>Issue 5, item 3: the weekly summary to each participant and one per coach, each in their language, exactly once.</summary>
public sealed class WeeklySummariesTests : IAsyncLifetime
{
    private const string CoachNip = "197803152005011003";

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private WeeklySummaries Summaries => _bot.Services.GetRequiredService<WeeklySummaries>();

    [Fact]
    public async Task Enqueue_Week2OnDay10_ParticipantGetsTheirWeekAndTheCoachGetsTheList()
    {
        var cohortId = await ArrangeAsync(coachLanguage: Language.En);

        var result = await EnqueueAsync(cohortId, 2);

        Assert.Equal(2, result.Queued);
        var participant = await PayloadForAsync(DemoPeople.Nip);
        Assert.Equal(string.Join("\n",
            Text(Language.Id, ReportMsg.WeeklyTitle, ("week", 2), ("from", 8), ("to", 14)),
            Text(Language.Id, ReportMsg.WeeklyBody, ("days_logged", 2), ("days", 7), ("entries", 3), ("evidence", 1)),
            Text(Language.Id, ReportMsg.WeeklyValues, ("values", "Akuntabel, Kolaboratif")),
            Text(Language.Id, ReportMsg.WeeklyActivities, ("activities", "Digitalisasi arsip surat masuk")),
            Text(Language.Id, ReportMsg.WeeklyMissed, ("days_missed", "10"))), participant);
        var coach = await PayloadForAsync(CoachNip);
        Assert.Equal(string.Join("\n",
            Text(Language.En, ReportMsg.WeeklyCoachTitle, ("week", 2), ("from", 8), ("to", 14)),
            Text(Language.En, ReportMsg.WeeklyCoachLine, ("name", "Andi Pratama"), ("days_logged", 2), ("days", 7), ("entries", 3), ("evidence", 1), ("missed", 1))), coach);
    }

    [Fact]
    public async Task Enqueue_SameWeekTwice_EnqueuesNothingTheSecondTime()
    {
        var cohortId = await ArrangeAsync(coachLanguage: Language.Id);
        await EnqueueAsync(cohortId, 2);

        var again = await EnqueueAsync(cohortId, 2);

        Assert.Equal((0, 2), (again.Queued, again.AlreadyQueued));
        await using var db = _bot.NewContext();
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.Batch != null));
    }

    [Fact]
    public async Task Enqueue_WeekNotBegunForAnyone_EnqueuesNothing()
    {
        var cohortId = await ArrangeAsync(coachLanguage: Language.Id);

        var result = await EnqueueAsync(cohortId, 3);

        Assert.Equal(0, result.Queued);
    }

    /// <summary>Andi on day 10 (entries on days 3, 8 and 9), both Andi and his coach with a chat the bot can write to.</summary>
    private async Task<int> ArrangeAsync(Language coachLanguage)
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot).AddDays(-9));
        var andiFlow = await MoocFixture.LoggedInAsync(_bot);
        await andiFlow.SendAsync("/menu");
        var coachFlow = _bot.Flow();
        await using var db = _bot.NewContext();
        var andi = await db.Participants.Include(p => p.Class).SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip));
        var coach = await db.Staff.SingleAsync(s => s.Nip == Nip.FromTrusted(CoachNip));
        coach.Language = coachLanguage;
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "test", ChannelUserId = coachFlow.User.Id, ConversationId = coachFlow.ConversationId, PersonId = coach.Id, BoundAt = _bot.Time.GetUtcNow() });
        var start = ActualizationFixture.Today(_bot).AddDays(-9);
        db.LogEntries.AddRange(
            Entry(andi.Id, activityId, start, 3, BerAkhlakValues.Loyal),
            Entry(andi.Id, activityId, start, 8, BerAkhlakValues.Akuntabel, withEvidence: true),
            Entry(andi.Id, activityId, start, 9, BerAkhlakValues.Kolaboratif),
            Entry(andi.Id, activityId, start, 9, BerAkhlakValues.Akuntabel));
        await db.SaveChangesAsync();
        await coachFlow.SendAsync("/menu");
        return andi.Class!.CohortId;
    }

    private async Task<EnqueueResult> EnqueueAsync(int cohortId, int week)
    {
        await using var db = _bot.NewContext();
        return (await Summaries.EnqueueAsync(db, cohortId, week, _bot.Time.GetUtcNow(), CancellationToken.None))!;
    }

    private async Task<string> PayloadForAsync(string nip)
    {
        await using var db = _bot.NewContext();
        var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(nip));
        var row = await db.Outbox.SingleAsync(o => o.PersonId == person.Id && o.Batch != null);
        return OutboxPayload.Parse(row.PayloadJson).Text;
    }

    private string Text(Language language, string key, params (string, object?)[] args) => _bot.Messages.Text(language, key, args);

    private LogEntry Entry(int participantId, int activityId, DateOnly start, int day, BerAkhlakValues values, bool withEvidence = false) => new()
    {
        ParticipantId = participantId,
        PlannedActivityId = activityId,
        Date = start.AddDays(day - 1),
        DayNumber = day,
        WhatWasDone = "Hari " + day,
        Values = values,
        CreatedAt = _bot.Time.GetUtcNow(),
        Evidence = withEvidence ? [new Evidence { Sha256 = new string('c', 64), ContentType = "image/png", StoragePath = "cc/x" }] : [],
    };
}
