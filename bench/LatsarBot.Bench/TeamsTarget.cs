using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.Teams;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Outbox;
using LatsarBot.Teams;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Bench;

/// <summary>
/// A proactive announcement to Teams (issue 13's benchmark): one message to each of 2,000 personal conversations the app
/// was installed in, through the real host (dispatcher, sender, app token, connector client) to the fake connector,
/// which enforces Teams' limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; per app 30/s) with 429 + Retry-After.
/// Measures the rate against the app's limit, the 429s, duplicates and losses.
/// </summary>
public static class TeamsTarget
{
    public static readonly int Conversations = int.TryParse(Environment.GetEnvironmentVariable("BENCH_TEAMS_CONVERSATIONS"), out var c) ? c : 2_000;

    public static async Task<TeamsResult> RunAsync(string folder, CancellationToken cancellationToken)
    {
        var limits = new FakeTeamsLimits();
        await using var fake = await FakeTeamsServer.StartAsync(limits);
        var database = TestDatabase.SqliteAt(Path.Combine(folder, "teams.db"));
        await database.MigrateAsync();
        await QueueAsync(fake, database, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        await using (var host = await TeamsTestHost.StartAsync(fake, database, [new("Demo:Enabled", "false")]))
        {
            var deadline = TimeSpan.FromSeconds((Conversations / limits.PerAppPerSecond * 5) + 60);
            while (fake.Delivered.Count < Conversations && Stopwatch.GetElapsedTime(started) < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }

            // A little longer, so a late duplicate would be seen too.
            await Task.Delay(3000, cancellationToken);
        }

        var delivered = fake.Delivered;
        var counts = delivered.GroupBy(d => d.Text ?? "").ToDictionary(g => g.Key, g => g.Count());
        await using var db = database.NewContext();
        var pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Failed, cancellationToken);
        await database.DisposeAsync();
        return new TeamsResult(Conversations, limits.PerAppPerSecond, delivered.Count, fake.AcceptedSeconds, fake.Throttled,
            counts.Values.Sum(n => n - 1), Conversations - counts.Count, pending, failed);
    }

    /// <summary>Every conversation's reference, as the installations left them, and one announcement row for each.</summary>
    private static async Task QueueAsync(FakeTeamsServer fake, TestDatabase database, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var db = database.NewContext();
        for (var n = 0; n < Conversations; n++)
        {
            var aad = Aad(n);
            var conversation = FakeTeamsActivities.PersonalChat(aad);
            fake.KnowConversation(conversation);
            var reference = new TeamsConversationReference(fake.ServiceUrl, conversation, FakeTeamsServer.TenantId, FakeTeamsActivities.UserId(aad), aad, FakeTeamsServer.BotId, "personal");
            db.ChannelValues.Add(new ChannelValue { Channel = TeamsChannel.Name, Key = EfTeamsStore.ReferenceKey(conversation), Value = JsonSerializer.Serialize(reference), UpdatedAt = now });
            db.Outbox.Add(OutboxMessage.Proactive(TeamsChannel.Name, conversation, 0, OutboxPayload.Of(new Reply(Text(n))), 0, null, "bench", now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Aad(int n) => string.Create(CultureInfo.InvariantCulture, $"bench-{n:00000}");

    private static string Text(int n) => string.Create(CultureInfo.InvariantCulture, $"Pengumuman untuk {n:00000}");
}

public sealed record TeamsResult(int Conversations, double Limit, int Delivered, double Seconds, int Throttled, int Duplicates, int Lost, int Pending, int Failed)
{
    public double PerSecond => Seconds > 0 ? (Delivered - 1) / Seconds : 0;

    public double ShareOfLimit => PerSecond / Limit;

    public string Markdown(DateTimeOffset at, string machine) => string.Create(CultureInfo.InvariantCulture, $"""
        ## {at:yyyy-MM-dd HH:mm} UTC — Teams announcement: {Conversations:N0} conversations through the fake connector

        `BENCH_TEAMS_CONVERSATIONS={Conversations} dotnet run -c Release --project bench/LatsarBot.Bench -- --targets teams`

        Machine: {machine}. Limits as Teams' rate-limit.md, enforced by the fake with 429 + Retry-After, not scaled: {Limit:N0} requests/s per app (burst 30), per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h. The host's sender paces at {new TeamsRateOptions().PerAppPerSecond:N1}/s with a burst of {new TeamsRateOptions().PerAppBurst}. SQLite.

        | delivered | seconds (first → last) | msg/s | ÷ limit | 429s | duplicates | lost | rows pending / failed |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        | {Delivered:N0} | {Seconds:F1} | {PerSecond:N1} | {ShareOfLimit:F2} | {Throttled} | {Duplicates} | {Lost} | {Pending} / {Failed} |

        """);
}
