using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data.Conversations;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Reminders;

/// <summary>The reminders that read what other parts keep: the weekly summary, the RTL and the coach's overdue answers.</summary>
public sealed class ReminderConditionWiringTests
{
    // Day 1 on a Wednesday: day 7 (the first weekly summary) is Tuesday 14 April 2026, a working day.
    private static readonly DateOnly Day1 = new(2026, 4, 8);

    [Fact]
    public async Task Weekly_summary_slots_send_each_participant_their_own_week_at_their_own_time_and_the_coach_one_message()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 4, 13, 0, 0, 0, TimeSpan.Zero));
        var wib = await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        var wit = await world.AddParticipantAsync("Dewi", TimeZoneCode.Wit);
        var coach = await AddCoachAsync(world, "Pak Budi", [wib, wit]);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        await world.LogAsync(wib, Day1.AddDays(2));

        // 16:00 WIT (07:00 UTC) first: Dewi's summary, and the coach's, which covers both participants.
        await world.FireDueAsync("actualization_weekly", new DateTimeOffset(2026, 4, 14, 7, 30, 0, TimeSpan.Zero));
        var early = await world.OutboxAsync();
        Assert.Equal(new[] { wit, coach }.Order(), early.Select(o => o.PersonId!.Value).Order());
        Assert.All(early, o => Assert.Equal($"weekly-summary:{world.CohortId}:1", o.Batch));
        var toCoach = OutboxPayload.Parse(early.Single(o => o.PersonId == coach).PayloadJson).Text;
        Assert.Contains("Andi", toCoach, StringComparison.Ordinal);
        Assert.Contains("Dewi", toCoach, StringComparison.Ordinal);

        // 16:00 WIB (09:00 UTC): Andi's own week 1, with the day he logged; the coach gets nothing again.
        await world.FireDueAsync("actualization_weekly", new DateTimeOffset(2026, 4, 14, 9, 30, 0, TimeSpan.Zero));
        var rows = await world.OutboxAsync();
        Assert.Equal(3, rows.Count);
        var toAndi = rows.Single(o => o.PersonId == wib);
        Assert.Equal($"weekly-summary:{world.CohortId}:1:p{wib}", toAndi.Key);
        Assert.StartsWith("*Rekap minggu 1 (hari 1–7)*", OutboxPayload.Parse(toAndi.PayloadJson).Text, StringComparison.Ordinal);
        Assert.Contains("1 dari 7 hari tercatat", OutboxPayload.Parse(toAndi.PayloadJson).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rtl_reminder_on_day_22_skips_whoever_has_written_their_rtl()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 4, 28, 0, 0, 0, TimeSpan.Zero));
        var without = await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        var with = await world.AddParticipantAsync("Citra", TimeZoneCode.Wib);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        await using (var db = world.Bot.NewContext())
        {
            db.FollowUpPlans.Add(new FollowUpPlan { ParticipantId = with, Rtl = "Menerapkan SOP baru di loket" });
            await db.SaveChangesAsync();
        }

        // Day 22 = 29 April 2026, 08:00 WIB = 01:00 UTC.
        await world.FireDueAsync("actualization_rtl", new DateTimeOffset(2026, 4, 29, 2, 0, 0, TimeSpan.Zero));

        var row = Assert.Single(await world.OutboxAsync());
        Assert.Equal(without, row.PersonId);
        Assert.Contains("hari ke-22", OutboxPayload.Parse(row.PayloadJson).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coach_reply_overdue_reminds_the_coach_with_the_number_of_waiting_participants()
    {
        await using var database = TestDatabase.Sqlite();
        // After the 14th's 09:00 WIB run: the next one is on the 15th.
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 4, 14, 3, 0, 0, TimeSpan.Zero));
        var late = await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        var notYet = await world.AddParticipantAsync("Citra", TimeZoneCode.Wib);
        var coach = await AddCoachAsync(world, "Pak Budi", [late, notYet]);
        var other = await AddCoachAsync(world, "Bu Sari", []);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        await using (var db = world.Bot.NewContext())
        {
            var asked = new DateTimeOffset(2026, 4, 9, 3, 0, 0, TimeSpan.Zero);
            db.CoachingThreads.AddRange(
                new CoachingThread { ParticipantId = late, LastMessageAt = asked, WaitingSince = asked, DueAt = new DateTimeOffset(2026, 4, 13, 17, 0, 0, TimeSpan.Zero) },
                new CoachingThread { ParticipantId = notYet, LastMessageAt = asked, WaitingSince = asked, DueAt = new DateTimeOffset(2026, 4, 20, 17, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        // 09:00 WIB on 15 April = 02:00 UTC.
        await world.FireDueAsync("coach_reply_overdue", new DateTimeOffset(2026, 4, 15, 2, 30, 0, TimeSpan.Zero));

        var row = Assert.Single(await world.OutboxAsync());
        Assert.Equal(coach, row.PersonId);
        Assert.Equal("Pak Budi, ada 1 pesan peserta yang menunggu balasan Anda lebih dari 2 hari.", OutboxPayload.Parse(row.PayloadJson).Text);
        Assert.NotEqual(other, row.PersonId);
    }

    [Fact]
    public async Task Log_reminder_skips_participants_whose_own_30_days_have_not_begun_or_are_over()
    {
        await using var database = TestDatabase.Sqlite();
        await using var world = await ReminderWorld.StartAsync(database, now: new DateTimeOffset(2026, 4, 11, 0, 0, 0, TimeSpan.Zero));
        var inside = await world.AddParticipantAsync("Andi", TimeZoneCode.Wib);
        var over = await world.AddParticipantAsync("Budi", TimeZoneCode.Wib);
        var notYet = await world.AddParticipantAsync("Citra", TimeZoneCode.Wib);
        await world.SetPhaseAsync(Phase.Actualization, Day1, Day1.AddDays(29));
        await using (var db = world.Bot.NewContext())
        {
            // Day 1 adjusted for two of them: Budi's 30 days ended yesterday, Citra's begin tomorrow.
            var today = new DateOnly(2026, 4, 11);
            await db.ActualizationPlans.Where(p => p.ParticipantId == over).ExecuteUpdateAsync(s => s.SetProperty(p => p.StartDate, today.AddDays(-30)));
            await db.ActualizationPlans.Where(p => p.ParticipantId == notYet).ExecuteUpdateAsync(s => s.SetProperty(p => p.StartDate, today.AddDays(1)));
        }

        // 19:00 WIB on 11 April = 12:00 UTC.
        await world.FireDueAsync("actualization_log_today", new DateTimeOffset(2026, 4, 11, 12, 30, 0, TimeSpan.Zero));

        var row = Assert.Single(await world.OutboxAsync());
        Assert.Equal(inside, row.PersonId);
    }

    private static async Task<int> AddCoachAsync(ReminderWorld world, string name, IReadOnlyList<int> participants)
    {
        await using var db = world.Bot.NewContext();
        var institutionId = await db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.InstitutionId).FirstAsync();
        var coach = new StaffMember { Name = name, InstitutionId = institutionId, StaffRole = Role.Coach };
        db.Staff.Add(coach);
        await db.SaveChangesAsync();
        var chat = "w-coach-" + coach.Id;
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = coach.Id, BoundAt = world.Bot.Time.GetUtcNow() });
        db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = world.Bot.Time.GetUtcNow() });
        await db.Participants.Where(p => participants.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, coach.Id));
        await db.SaveChangesAsync();
        return coach.Id;
    }
}
