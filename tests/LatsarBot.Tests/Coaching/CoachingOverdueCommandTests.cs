using LatsarBot.Core.Coaching;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Coaching;

/// <summary>`coaching overdue`: the organiser's list of threads past the coach's reply deadline, by cohort.</summary>
public sealed class CoachingOverdueCommandTests
{
    [Fact]
    public async Task Overdue_OneThreadPastItsDeadlineOneNot_ListsOnlyTheOverdueOne()
    {
        var folder = TestPaths.NewTempFolder();
        var database = Path.Combine(folder, "coaching.db");
        await using (var bot = await HostHarness.StartAsync(TestDatabase.SqliteAt(database)))
        {
            await using var db = bot.NewContext();
            var andi = await db.Participants.SingleAsync(p => p.Name == "Andi Pratama");
            var siti = await db.Participants.SingleAsync(p => p.Name == "Siti Rahmawati");
            db.CoachingThreads.AddRange(
                Waiting(andi.Id, since: new(2026, 3, 6, 3, 0, 0, TimeSpan.Zero), due: new(2026, 3, 10, 17, 0, 0, TimeSpan.Zero)),
                Waiting(siti.Id, since: new(2026, 3, 6, 3, 0, 0, TimeSpan.Zero), due: new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            await db.SaveChangesAsync();
        }

        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={database}",
            ["Content__Path"] = TestPaths.Content,
        };

        var (exit, log) = await HostProcess.RunCommandAsync(folder, null, environment, "coaching", "overdue", "--cohort", "Angkatan I Tahun 2026");
        var (otherExit, otherLog) = await HostProcess.RunCommandAsync(folder, null, environment, "coaching", "overdue", "--cohort", "Angkatan II");

        Assert.True(exit == 0, log);
        Assert.Contains(
            "Andi Pratama (NDH 1, Kelas A, Angkatan I Tahun 2026) | coach Dr. Budi Santoso, M.Si. | waiting since 2026-03-06 03:00 UTC | due 2026-03-10 17:00 UTC",
            log, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti", log, StringComparison.Ordinal);
        Assert.Contains("1 coaching thread(s) past their deadline.", log, StringComparison.Ordinal);
        Assert.True(otherExit == 0, otherLog);
        Assert.Contains("No coaching thread is past its deadline.", otherLog, StringComparison.Ordinal);
    }

    private static CoachingThread Waiting(int participantId, DateTimeOffset since, DateTimeOffset due) =>
        new() { ParticipantId = participantId, LastMessageAt = since, WaitingSince = since, DueAt = due };
}
