using System.Diagnostics;
using System.Globalization;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Bench;

/// <summary>
/// Outbox delivery to Telegram: the real host (dispatcher, sender, Telegram.Bot client) sends queued
/// messages to the fake Bot API server, which enforces Telegram's flood limits scaled by
/// <see cref="Scale"/> and answers 429 when they are broken. Measures the delivery rate against the
/// binding limit, 429s, duplicates and losses.
/// </summary>
public static class TelegramTarget
{
    public static readonly int Messages = int.TryParse(Environment.GetEnvironmentVariable("BENCH_TG_MESSAGES"), out var m) ? m : 10_000;
    public static readonly int Chats = Messages / 5;
    public const int Scale = 10;
    public const int SenderGlobalBurst = 10;

    public static async Task<TelegramResult> RunAsync(string folder, CancellationToken cancellationToken)
    {
        var telegram = FakeBotApiLimits.Telegram;
        var limits = telegram with { PerChatPerSecond = telegram.PerChatPerSecond * Scale, GlobalPerSecond = telegram.GlobalPerSecond * Scale };
        await using var fake = await FakeBotApiServer.StartAsync(limits);
        var database = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 }
            ? await TestDatabase.PostgresAsync()
            : TestDatabase.SqliteAt(Path.Combine(folder, "telegram.db"));
        await database.MigrateAsync();

        // Round-robin over the chats, as a broadcast to a cohort would queue them: chat c's n-th message is "c-n".
        await TelegramOutbox.AddAsync(database, Enumerable.Range(0, Messages).Select(i => (100_000L + (i % Chats), Text(i % Chats, i / Chats))), cancellationToken);
        // The sender runs at the fake's rates but with smaller bursts: the fake counts arrivals, which loopback
        // jitter can bunch closer than the sender spaced them, and the unspent burst absorbs that.
        KeyValuePair<string, string?>[] settings =
        [
            new("Telegram:Rates:PrivateChatPerSecond", limits.PerChatPerSecond.ToString(CultureInfo.InvariantCulture)),
            new("Telegram:Rates:PrivateChatBurst", "1"),
            new("Telegram:Rates:GlobalPerSecond", limits.GlobalPerSecond.ToString(CultureInfo.InvariantCulture)),
            new("Telegram:Rates:GlobalBurst", SenderGlobalBurst.ToString(CultureInfo.InvariantCulture)),
            new("Demo:Enabled", "false"),
        ];

        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await using (var host = await TelegramTestHost.StartAsync(fake, database, webhook: true, settings))
        {
            // Polling the fake's counter is the bench's clock, not a test's wait: a tenth of a second is fine.
            var deadline = TimeSpan.FromSeconds((Messages / limits.GlobalPerSecond * 5) + 60);
            while (fake.DeliveredCount < Messages && Stopwatch.GetElapsedTime(started) < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }

            // A little longer, so a late duplicate would be seen too.
            await Task.Delay(1000, cancellationToken);
        }

        process.Refresh();
        var cpuPercent = (process.TotalProcessorTime - cpu).TotalSeconds / Stopwatch.GetElapsedTime(started).TotalSeconds / Environment.ProcessorCount * 100;
        var delivered = fake.Delivered;
        var counts = delivered.GroupBy(d => d.Text ?? "").ToDictionary(g => g.Key, g => g.Count());
        var first = delivered.Count > 0 ? delivered[0].Timestamp : started;
        var last = delivered.Count > 0 ? delivered[^1].Timestamp : started;
        var seconds = Stopwatch.GetElapsedTime(first, last).TotalSeconds;
        var outOfOrder = delivered.GroupBy(d => d.ChatId)
            .Count(chat => !chat.Select(d => d.Text).SequenceEqual(chat.Select(d => d.Text).Order(StringComparer.Ordinal)));
        await using var db = database.NewContext();
        var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, cancellationToken);
        await database.DisposeAsync();

        return new TelegramResult(
            Messages, Chats, Scale, limits.GlobalPerSecond, limits.PerChatPerSecond,
            Delivered: delivered.Count,
            Seconds: seconds,
            TooManyRequests: fake.TooManyRequests,
            Duplicates: counts.Values.Sum(c => c - 1),
            Lost: Messages - counts.Count,
            ChatsOutOfOrder: outOfOrder,
            Database: database.Provider.ToString(),
            Pending: pending,
            Failed: failed,
            CpuPercent: cpuPercent);
    }

    private static string Text(int chat, int n) => string.Create(CultureInfo.InvariantCulture, $"c{chat:0000}-m{n:00}");
}

public sealed record TelegramResult(
    int Messages, int Chats, int Scale, double GlobalLimit, double ChatLimit, int Delivered, double Seconds,
    int TooManyRequests, int Duplicates, int Lost, int ChatsOutOfOrder, string Database, int Pending, int Failed, double CpuPercent)
{
    /// <summary>First to last delivery; the opening burst is inside it, one global burst's worth.</summary>
    public double PerSecond => Seconds > 0 ? (Delivered - 1) / Seconds : 0;

    /// <summary>With 2,000 chats at 5 each the per-chat limit never binds; the overall one does.</summary>
    public double ShareOfLimit => PerSecond / GlobalLimit;
}
