using System.Diagnostics;
using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Bench;

/// <summary>
/// Outbox delivery to WhatsApp: the real host (dispatcher, sender, Graph client, status webhook) sends queued messages
/// to the fake Graph API, which enforces the per-number throughput (130429) and the pair rate (131056), and pushes
/// sent → delivered → read callbacks for each accepted message. Measures the rate against the number's limit,
/// throttling errors, duplicates, losses and how many rows the callbacks reconciled.
/// </summary>
public static class WhatsAppTarget
{
    public static readonly int Messages = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WA_MESSAGES"), out var m) ? m : 10_000;
    public static readonly int Numbers = Messages / 5;

    /// <summary>Meta's default per-number throughput; not scaled.</summary>
    public const double PerNumberPerSecond = 80;

    /// <summary>
    /// The sender's burst, a quarter of the fake's 80: enough to catch up after a pause between claims (a busy machine),
    /// small enough that loopback jitter bunching arrivals never empties the fake's bucket.
    /// </summary>
    public const int SenderBurst = 20;

    public static async Task<WhatsAppResult> RunAsync(string folder, CancellationToken cancellationToken)
    {
        // The pair rate as Meta states it (a message per 6 s sustained) with a burst that covers one person's five.
        var limits = new FakeGraphLimits(PerNumberPerSecond, PerNumberBurst: 80, PerRecipientPerSecond: 1.0 / 6, PerRecipientBurst: 5);
        await using var fake = await FakeGraphApiServer.StartAsync(limits);
        var database = TestDatabase.SqliteAt(Path.Combine(folder, "whatsapp.db"));
        await database.MigrateAsync();
        await QueueAsync(fake, database, cancellationToken);
        KeyValuePair<string, string?>[] settings =
        [
            new("WhatsApp:Rates:PerNumberPerSecond", PerNumberPerSecond.ToString(CultureInfo.InvariantCulture)),
            // A smaller burst than the fake's: loopback jitter can bunch arrivals closer than the sender spaced them.
            new("WhatsApp:Rates:PerNumberBurst", SenderBurst.ToString(CultureInfo.InvariantCulture)),
            new("WhatsApp:Rates:PerRecipientPerSecond", (1.0 / 6).ToString(CultureInfo.InvariantCulture)),
            new("WhatsApp:Rates:PerRecipientBurst", "5"),
            new("Demo:Enabled", "false"),
        ];

        var started = Stopwatch.GetTimestamp();
        await using (var host = await WhatsAppTestHost.StartAsync(fake, database, settings))
        {
            var deadline = TimeSpan.FromSeconds((Messages / PerNumberPerSecond * 5) + 60);
            while (fake.Delivered.Count < Messages && Stopwatch.GetElapsedTime(started) < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }

            await fake.Statuses.IdleAsync(TimeSpan.FromMinutes(5));

            // A little longer, so a late duplicate or a retried status would be seen too.
            await Task.Delay(6000, cancellationToken);
        }

        var delivered = fake.Delivered;
        var counts = delivered.GroupBy(d => d.Text ?? "").ToDictionary(g => g.Key, g => g.Count());
        await using var db = database.NewContext();
        var read = await db.OutboxPlatformIds.CountAsync(p => p.Last && p.ReadAt != null, cancellationToken);
        var withWamid = await db.OutboxPlatformIds.CountAsync(p => p.Last, cancellationToken);
        var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, cancellationToken);
        await database.DisposeAsync();
        var seconds = fake.AcceptedSeconds;
        return new WhatsAppResult(Messages, Numbers, PerNumberPerSecond, delivered.Count, seconds, fake.Throttled,
            counts.Values.Sum(c => c - 1), Messages - counts.Count, withWamid, read, fake.Statuses.Pushed, fake.Statuses.Refused, pending, failed);
    }

    /// <summary>Round-robin over the numbers, as a broadcast queues them; each number wrote within the day (window open).</summary>
    private static async Task QueueAsync(FakeGraphApiServer fake, TestDatabase database, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var db = database.NewContext();
        var stamp = now.ToString("O", CultureInfo.InvariantCulture);
        for (var n = 0; n < Numbers; n++)
        {
            fake.OpenWindow(Number(n));
            db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = EfWhatsAppStore.InboundKey(Number(n)), Value = stamp, UpdatedAt = now });
        }

        for (var i = 0; i < Messages; i++)
        {
            var (n, k) = (i % Numbers, i / Numbers);
            db.Outbox.Add(OutboxMessage.Proactive("whatsapp", Number(n), k, OutboxPayload.Of(new Reply(Text(n, k))), 0, null, "bench", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Number(int n) => string.Create(CultureInfo.InvariantCulture, $"62812{n:0000000}");

    private static string Text(int number, int k) => string.Create(CultureInfo.InvariantCulture, $"n{number:0000}-m{k:00}");
}

public sealed record WhatsAppResult(
    int Messages, int Numbers, double Limit, int Delivered, double Seconds, int Throttled, int Duplicates, int Lost,
    int RowsWithWamid, int RowsRead, long StatusesPushed, long StatusesRefused, int Pending, int Failed)
{
    public double PerSecond => Seconds > 0 ? (Delivered - 1) / Seconds : 0;

    public double ShareOfLimit => PerSecond / Limit;

    public string Markdown(DateTimeOffset at, string machine) => string.Create(CultureInfo.InvariantCulture, $"""
        ## {at:yyyy-MM-dd HH:mm} UTC — WhatsApp delivery: {Messages:N0} messages to {Numbers:N0} numbers through the fake Graph API

        `BENCH_WA_MESSAGES={Messages} dotnet run -c Release --project bench/LatsarBot.Bench -- --targets whatsapp`

        Machine: {machine}. Limits as Meta's defaults, enforced by the fake: {Limit:N0} msg/s per number with a burst of 80 (130429), pair rate 1 per 6 s with a burst of 5 (131056); the host's sender paces at the same rates with a burst of {WhatsAppTarget.SenderBurst}. SQLite. Every accepted message's sent → delivered → read callbacks pushed back, signed, to the host's webhook.

        | delivered | seconds (first → last) | msg/s | ÷ limit | throttling errors | duplicates | lost | rows with wamid | rows read | statuses pushed / refused | rows pending / failed |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        | {Delivered:N0} | {Seconds:F1} | {PerSecond:N1} | {ShareOfLimit:F2} | {Throttled} | {Duplicates} | {Lost} | {RowsWithWamid:N0} | {RowsRead:N0} | {StatusesPushed:N0} / {StatusesRefused} | {Pending} / {Failed} |

        """);
}
