using System.Diagnostics;
using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Data.Schedule;
using LatsarBot.Hosting;
using LatsarBot.Reminders;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Bench;

/// <summary>
/// One reminder slot fanned out to <see cref="Participants"/> participants of one zone: the 19:00 "no log today"
/// reminder on day 4 of the actualization, through the same ReminderRunner a Quartz firing uses (condition query,
/// rendering, ProactiveOutbox.EnqueueAsync). Measures the time to enqueue and the process's memory while it runs.
/// </summary>
public static class RemindersTarget
{
    public static readonly int Participants = int.TryParse(Environment.GetEnvironmentVariable("BENCH_REMINDER_PARTICIPANTS"), out var n) ? n : 100_000;

    public static async Task<RemindersResult> RunAsync(string root, string folder, CancellationToken cancellationToken)
    {
        var database = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 }
            ? await TestDatabase.PostgresAsync()
            : TestDatabase.SqliteAt(Path.Combine(folder, "reminders.db"));
        var day1 = new DateOnly(2026, 4, 6);
        var firedAt = new DateTimeOffset(2026, 4, 9, 12, 0, 0, TimeSpan.Zero);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Demo:Enabled", "false"), .. database.Settings]).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(firedAt));
        services.AddLatsarBot(configuration, ContentBundle.Load(Path.Combine(root, "content"), Core.Mooc.MoocRules.Default));
        await using var provider = services.BuildServiceProvider();
        await LatsarBotServices.PrepareDatabaseAsync(provider, cancellationToken);

        var seeding = Stopwatch.StartNew();
        var cohortId = await SeedAsync(database, day1, firedAt, cancellationToken);
        seeding.Stop();
        var slot = new ReminderSlotKey(cohortId, "actualization_log_today", day1.AddDays(3), TimeZoneCode.Wib);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes();
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);

        var cpu = process.TotalProcessorTime;
        var run = Stopwatch.StartNew();
        ReminderRunResult result;
        await using (var scope = provider.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunAsync(slot, firedAt, firedAt, cancellationToken);
        }

        run.Stop();
        sampling.Cancel();
        await sampler;
        process.Refresh();
        peak = Math.Max(peak, process.WorkingSet64);
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;

        // The same slot once more, as a second node or a misfire would: nothing new may be queued.
        var again = Stopwatch.StartNew();
        ReminderRunResult second;
        await using (var scope = provider.CreateAsyncScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunAsync(slot, firedAt, firedAt, cancellationToken);
        }

        again.Stop();
        await using var db = database.NewContext();
        var rows = await db.Outbox.CountAsync(o => o.Batch == slot.Batch, cancellationToken);
        await database.DisposeAsync();
        return new RemindersResult(
            Participants, database.Provider.ToString(), seeding.Elapsed.TotalSeconds, run.Elapsed.TotalSeconds, cpuSeconds,
            result.Queued, result.Unreachable, rows, baseline / 1e6, peak / 1e6, (GC.GetTotalAllocatedBytes() - allocated) / 1e6,
            again.Elapsed.TotalSeconds, second.Queued, second.AlreadyQueued);
    }

    /// <summary>A cohort of one class, everyone in WIB with a web chat, the actualization from <paramref name="day1"/>; written in big chunks (not measured).</summary>
    private static async Task<int> SeedAsync(TestDatabase database, DateOnly day1, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int cohortId, classId, institutionId;
        await using (var db = database.NewContext())
        {
            var institution = new Institution { Name = "BPSDM Bench" };
            var cohort = new Cohort { Institution = institution, Name = "Angkatan Bench" };
            var kelas = new TrainingClass { Cohort = cohort, Name = "Kelas Besar" };
            db.Classes.Add(kelas);
            await db.SaveChangesAsync(cancellationToken);
            (cohortId, classId, institutionId) = (cohort.Id, kelas.Id, institution.Id);
        }

        const int Chunk = 5_000;
        for (var start = 0; start < Participants; start += Chunk)
        {
            await using var db = database.NewContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var people = Enumerable.Range(start, Math.Min(Chunk, Participants - start))
                .Select(i => new Participant { Name = $"Peserta {i:000000}", InstitutionId = institutionId, ClassId = classId, TimeZone = TimeZoneCode.Wib, Language = i % 5 == 0 ? Language.En : Language.Id })
                .ToList();
            db.Participants.AddRange(people);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var person in people)
            {
                var chat = "w-" + person.Id;
                db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = person.Id, BoundAt = now });
                db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var db = database.NewContext())
        {
            var change = await PhaseCalendars.SetAsync(db, cohortId, null, Phase.Actualization, day1, day1.AddDays(29), cancellationToken);
            if (!change.Accepted)
            {
                throw new InvalidOperationException(string.Join(" ", change.Problems));
            }

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await db.SaveChangesAsync(cancellationToken);
        }

        return cohortId;
    }
}

public sealed record RemindersResult(
    int Participants, string Database, double SeedSeconds, double EnqueueSeconds, double CpuSeconds, int Queued, int Unreachable, int Rows,
    double BaselineMb, double PeakMb, double AllocatedMb, double SecondRunSeconds, int SecondQueued, int SecondAlreadyQueued);
