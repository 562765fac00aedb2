using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using LatsarBot.Mooc;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Mooc;

public sealed class Evaluasi1ExportTests
{
    private const string Cohort = "Angkatan I Tahun 2026";

    [Fact]
    public async Task Report_OneParticipantComplete_OtherNot_RecordsFollowTheRules()
    {
        await using var bot = await HostHarness.StartAsync(overrides: s => s.AddScoped<Evaluasi1Report>());
        await AwardAsync(bot, "199001012022031001", k: 3, s1: 25, s2: 7);
        await AwardAsync(bot, "199505152022032002", k: 2, s1: 20, s2: 5);
        await PassPostTestAsync(bot, "199001012022031001", attempts: 5, raw: 95m);

        await using var scope = bot.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<Evaluasi1Report>().ForCohortAsync(Cohort, CancellationToken.None);

        var andi = records!.Single(r => r.Nip == "199001012022031001");
        var siti = records!.Single(r => r.Nip == "199505152022032002");
        Assert.Equal((3, 25, 7, 35, 3.5m, 92.50m, 5, 90.01m, Evaluasi1Report.StatusPassed),
            (andi.TrophiesK, andi.TrophiesS1, andi.TrophiesS2, andi.Trophies, andi.Stars, andi.AttitudeScore, andi.PostTestAttempts, andi.AcademicScore, andi.Status));
        Assert.Equal((27, (decimal?)null, Evaluasi1Report.StatusIncomplete), (siti.Trophies, siti.AttitudeScore, siti.Status));
    }

    [Fact]
    public async Task Command_Export_WritesCsvForTheCohort()
    {
        var folder = TestPaths.NewTempFolder();
        var database = Path.Combine(folder, "export.db");
        await using (var bot = await HostHarness.StartAsync(TestDatabaseAt(database)))
        {
            await AwardAsync(bot, "199001012022031001", k: 2, s1: 23, s2: 3);
        }

        var environment = new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={database}",
            ["Content__Path"] = TestPaths.Content,
        };
        var output = Path.Combine(folder, "evaluasi1.csv");

        var (exit, log) = await HostProcess.RunCommandAsync(folder, null, environment, "mooc", "export", "--cohort", Cohort, "--out", output);

        Assert.True(exit == 0, log);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.StartsWith("Nip,Name,Class,TrophiesK,TrophiesS1,TrophiesS2,Trophies,Stars,AttitudeScore", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("199001012022031001,Andi Pratama,Kelas A,2,23,3,28,2.5,70.01,0,,menunggu_post_test", StringComparison.Ordinal));
    }

    private static TestDatabase TestDatabaseAt(string path) => TestDatabase.SqliteAt(path);

    private static Task AwardAsync(BotHarness bot, string nip, int k, int s1, int s2) => MoocTrophies.AwardAsync(bot, nip, k, s1, s2);

    private static async Task PassPostTestAsync(BotHarness bot, string nip, int attempts, decimal raw)
    {
        await using var db = bot.NewContext();
        var participant = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(nip));
        for (var number = 1; number <= attempts; number++)
        {
            var passed = number == attempts;
            db.PostTestAttempts.Add(new PostTestAttemptRecord
            {
                ParticipantId = participant.Id,
                Number = number,
                ItemsJson = "[]",
                Status = PostTestAttemptStatus.Finished,
                RawScore = passed ? raw : 50m,
                Passed = passed,
                RecordedScore = passed ? Core.Mooc.PostTest.PostTestScoreCap.Recorded(number, raw, MoocRules.Default) : null,
            });
        }

        await db.SaveChangesAsync();
    }
}
