using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Cli;

/// <summary>`actualization weekly-summary --cohort NAME --week N` as an operator runs it: a process on the same database.</summary>
public sealed class WeeklySummaryCommandTests
{
    private const string Cohort = "Angkatan I Tahun 2026";

    [Fact]
    public async Task Command_RunTwice_QueuesTheSummaryOnce()
    {
        var folder = TestPaths.NewTempFolder();
        var database = Path.Combine(folder, "weekly.db");
        await using (var bot = await HostHarness.StartAsync(TestDatabase.SqliteAt(database)))
        {
            await ArrangeAsync(bot);
        }

        var environment = new Dictionary<string, string> { ["Database__ConnectionString"] = $"Data Source={database}", ["Content__Path"] = TestPaths.Content };

        var (first, firstLog) = await HostProcess.RunCommandAsync(folder, null, environment, "actualization", "weekly-summary", "--cohort", Cohort, "--week", "1");
        var (second, secondLog) = await HostProcess.RunCommandAsync(folder, null, environment, "actualization", "weekly-summary", "--cohort", Cohort, "--week", "1");

        Assert.True(first == 0, firstLog);
        // Andi is reachable; his coach has never chatted with the bot.
        Assert.Contains("1 queued, 0 already queued before, 1 without a reachable chat", firstLog, StringComparison.Ordinal);
        Assert.True(second == 0, secondLog);
        Assert.Contains("0 queued, 1 already queued before", secondLog, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Angkatan Tidak Ada", "1", "No cohort named")]
    [InlineData(Cohort, "6", "--week must be 1–5")]
    public async Task Command_BadArguments_ExitsOneWithTheReason(string cohort, string week, string reason)
    {
        var folder = TestPaths.NewTempFolder();
        var environment = new Dictionary<string, string> { ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "w.db")}", ["Content__Path"] = TestPaths.Content };

        var (exit, log) = await HostProcess.RunCommandAsync(folder, null, environment, "actualization", "weekly-summary", "--cohort", cohort, "--week", week);

        Assert.Equal(1, exit);
        Assert.Contains(reason, log, StringComparison.Ordinal);
    }

    /// <summary>Andi on day 4 by the real clock (the process runs on it), with one entry and a chat the bot can write to.</summary>
    private static async Task ArrangeAsync(BotHarness bot)
    {
        var flow = bot.Flow();
        await using (var db = bot.NewContext())
        {
            var andi = await db.Participants.SingleAsync(p => p.Nip == Nip.FromTrusted("199001012022031001"));
            var start = ActualizationSchedule.Today(TimeZoneCode.Wib, DateTimeOffset.UtcNow).AddDays(-3);
            var activity = new PlannedActivity { Title = "Arsip digital", ExpectedOutput = "Arsip", Values = BerAkhlakValues.Akuntabel };
            db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = start, Activities = [activity] });
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "test", ChannelUserId = flow.User.Id, ConversationId = flow.ConversationId, PersonId = andi.Id, BoundAt = bot.Time.GetUtcNow() });
            await db.SaveChangesAsync();
            db.LogEntries.Add(new LogEntry { ParticipantId = andi.Id, PlannedActivityId = activity.Id, Date = start, DayNumber = 1, WhatWasDone = "Memindai arsip", Values = BerAkhlakValues.Akuntabel });
            await db.SaveChangesAsync();
        }

        await flow.SendAsync("/menu");
    }
}
