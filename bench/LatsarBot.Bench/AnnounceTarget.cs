using System.Diagnostics;
using System.Globalization;
using LatsarBot.Core.Announcements;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Testing;
using LatsarBot.Announcements;

namespace LatsarBot.Bench;

/// <summary>
/// An announcement to one cohort of <see cref="Recipients"/> participants (chats as in <see cref="BroadcastAudience"/>:
/// 2 % without a chat, 1 % marked unreachable), fanned out into the outbox by the real <see cref="AnnouncementFanOut"/>.
/// Measures the fan-out alone (seeding is not timed), then a second run of the same announcement, which must enqueue nothing.
/// </summary>
public static class AnnounceTarget
{
    public static readonly int Recipients = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ANNOUNCE_RECIPIENTS"), out var r) ? r : 10_000;

    public static async Task<string> RunAsync(string folder, string machine, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var postgres = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 };
        await using var database = postgres ? await TestDatabase.PostgresAsync() : TestDatabase.SqliteAt(Path.Combine(folder, "announce.db"));
        await using var bot = await HostHarness.StartAsync(database);
        var seeded = await BroadcastAudience.SeedAsync(bot, Recipients);
        int id;
        await using (var db = bot.NewContext())
        {
            var announcement = new Announcement
            {
                InstitutionId = seeded.InstitutionId, Audience = AudienceKind.Cohort, CohortId = seeded.CohortId,
                AudienceLabel = "bench", Text = "Pengumuman bench.", CreatedAt = bot.Time.GetUtcNow(),
            };
            announcement.SendNow();
            db.Announcements.Add(announcement);
            await db.SaveChangesAsync(cancellationToken);
            id = announcement.Id;
        }

        var fanOut = bot.Services.GetRequiredService<AnnouncementFanOut>();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        Data.Outbox.EnqueueResult first;
        await using (var db = bot.NewContext())
        {
            first = (await fanOut.RunAsync(db, id, cancellationToken))!;
        }

        var firstSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var firstAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        started = Stopwatch.GetTimestamp();
        Data.Outbox.EnqueueResult second;
        await using (var db = bot.NewContext())
        {
            second = (await fanOut.RunAsync(db, id, cancellationToken))!;
        }

        var secondSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"""

            ## {at:yyyy-MM-dd HH:mm} UTC — announcement fan-out, {Recipients:N0} recipients ({(postgres ? "PostgreSQL" : "SQLite")})

            `dotnet run -c Release --project bench/LatsarBot.Bench -- --targets announce`

            Machine: {machine}

            | run | time to enqueue | queued | already queued | unreachable | allocated |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | first | {firstSeconds:F2} s | {first.Queued:N0} | {first.AlreadyQueued:N0} | {first.Unreachable.Count:N0} | {firstAllocated / 1024 / 1024:N0} MB |
            | again (exactly once) | {secondSeconds:F2} s | {second.Queued:N0} | {second.AlreadyQueued:N0} | {second.Unreachable.Count:N0} | |

            """);
    }
}
