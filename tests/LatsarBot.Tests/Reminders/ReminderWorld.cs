using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Data.Schedule;
using LatsarBot.Reminders;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Reminders;

/// <summary>
/// A cohort with one class, participants in chosen zones each with a web chat, the bot on a fake clock, and a way to
/// fire the reminder slots due up to an instant the way Quartz would (each slot at its own UTC instant).
/// </summary>
public sealed class ReminderWorld : IAsyncDisposable
{
    private ReminderWorld(BotHarness bot, int cohortId, int classId)
    {
        Bot = bot;
        CohortId = cohortId;
        ClassId = classId;
    }

    public BotHarness Bot { get; }

    public int CohortId { get; }

    public int ClassId { get; }

    public static async Task<ReminderWorld> StartAsync(TestDatabase database, IEnumerable<KeyValuePair<string, string?>>? settings = null, DateTimeOffset? now = null)
    {
        var bot = await HostHarness.StartAsync(database, settings: settings, now: now);
        await using var db = bot.NewContext();
        // Its own cohort, apart from the demo one.
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Name == "Angkatan Uji");
        if (cohort is null)
        {
            var institution = new Institution { Name = "BPSDM Uji" };
            cohort = new Cohort { Institution = institution, Name = "Angkatan Uji" };
            db.Classes.Add(new TrainingClass { Cohort = cohort, Name = "Kelas A" });
            await db.SaveChangesAsync();
        }

        var classId = await db.Classes.Where(c => c.CohortId == cohort.Id).Select(c => c.Id).FirstAsync();
        return new ReminderWorld(bot, cohort.Id, classId);
    }

    public async Task<int> AddParticipantAsync(string name, TimeZoneCode zone, Language language = Language.Id)
    {
        await using var db = Bot.NewContext();
        var institutionId = await db.Cohorts.Where(c => c.Id == CohortId).Select(c => c.InstitutionId).FirstAsync();
        var person = new Participant { Name = name, InstitutionId = institutionId, ClassId = ClassId, TimeZone = zone, Language = language };
        db.Participants.Add(person);
        await db.SaveChangesAsync();
        var chat = "w-" + person.Id;
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = person.Id, BoundAt = Bot.Time.GetUtcNow() });
        db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = Bot.Time.GetUtcNow() });
        await db.SaveChangesAsync();
        return person.Id;
    }

    public async Task SetPhaseAsync(Phase phase, DateOnly from, DateOnly to)
    {
        await using var db = Bot.NewContext();
        var change = await PhaseCalendars.SetAsync(db, CohortId, null, phase, from, to, CancellationToken.None);
        Assert.True(change.Accepted, string.Join(" ", change.Problems));
        await db.SaveChangesAsync();
    }

    public async Task LogAsync(int participantId, DateOnly date)
    {
        await using var db = Bot.NewContext();
        var plan = await db.ActualizationPlans.SingleAsync(p => p.ParticipantId == participantId);
        var activity = new PlannedActivity { PlanId = plan.Id, Title = "Layanan", ExpectedOutput = "SOP" };
        db.PlannedActivities.Add(activity);
        await db.SaveChangesAsync();
        var start = plan.StartDate!.Value;
        db.LogEntries.Add(new LogEntry { ParticipantId = participantId, Date = date, DayNumber = ActualizationSchedule.DayNumber(start, date), PlannedActivityId = activity.Id, WhatWasDone = "Menyusun SOP" });
        await db.SaveChangesAsync();
    }

    /// <summary>Every slot of the cohort as the scheduler would store it.</summary>
    public async Task<List<(ReminderSlotKey Slot, DateTimeOffset FireAt, TimeSpan ValidFor)>> SlotsAsync(string? reminderId = null)
    {
        await using var db = Bot.NewContext();
        var rows = await PhaseCalendars.RowsAsync(db, CohortId, CancellationToken.None);
        return Bot.Services.GetRequiredService<ReminderSchedule>().Slots(CohortId, rows, [ClassId])
            .Where(s => reminderId is null || s.Slot.ReminderId == reminderId)
            .OrderBy(s => s.FireAt).ToList();
    }

    /// <summary>Moves the fake clock to each slot of <paramref name="reminderId"/> due up to <paramref name="until"/> and runs it there.</summary>
    public async Task<List<ReminderRunResult>> FireDueAsync(string reminderId, DateTimeOffset until)
    {
        var results = new List<ReminderRunResult>();
        foreach (var (slot, fireAt, _) in (await SlotsAsync(reminderId)).Where(s => s.FireAt > Bot.Time.GetUtcNow() && s.FireAt <= until))
        {
            Bot.Time.SetUtcNow(fireAt);
            results.Add(await RunAsync(slot, fireAt, fireAt));
        }

        Bot.Time.SetUtcNow(until);
        return results;
    }

    /// <summary>One firing of a slot, in a DI scope of its own like a Quartz job.</summary>
    public async Task<ReminderRunResult> RunAsync(ReminderSlotKey slot, DateTimeOffset scheduledFor, DateTimeOffset now)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunAsync(slot, scheduledFor, now, CancellationToken.None);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Bot.NewContext();
        return await db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKind.Proactive).OrderBy(o => o.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
