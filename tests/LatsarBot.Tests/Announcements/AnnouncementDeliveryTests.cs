using System.Collections.Concurrent;
using System.Globalization;
using LatsarBot.Announcements;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Announcements;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Outbox;
using LatsarBot.Scheduling;
using Quartz;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Announcements;

/// <summary>Announcements from the fan-out through the dispatcher to the delivery report, on a real database.</summary>
public sealed class AnnouncementDeliveryTests
{
    private const string ChatNotFound = "400 Bad Request: chat not found";
    private const string Blocked = "403 Forbidden: bot was blocked by the user";

    [Fact]
    public async Task TenThousandRecipients_DeliveredThroughTheDispatcher_ReportAddsUp()
    {
        var telegram = new ScriptedTelegram();
        await using var database = TestDatabase.Sqlite();
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(telegram).Configure<OutboxOptions>(o => o.BatchSize = 1000));
        var cohort = await BroadcastAudience.SeedAsync(bot, 10_000);
        var people = await PeopleAsync(bot, cohort.ClassId);
        var id = await AddAsync(bot, cohort, AudienceKind.Cohort);

        await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);
        var dispatcher = bot.Services.GetRequiredService<OutboxDispatcher>();
        for (var pass = 0; pass < 100 && await dispatcher.DispatchOnceAsync(CancellationToken.None) > 0; pass++)
        {
        }

        await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        // What the seeding made of each person (see BroadcastAudience.SeedAsync), and what the fake platform answered.
        var noChat = people.Count(p => p % 50 == 3);
        var markedBefore = people.Count(p => p % 50 != 3 && p % 100 == 7);
        var reachable = people.Where(p => p % 50 != 3 && p % 100 != 7).ToList();
        var blockedNow = reachable.Count(p => p % 2 == 0 && p % 100 == 14);
        var notFound = reachable.Count(p => p % 2 == 0 && p % 100 == 12);
        await using var db = bot.NewContext();
        var announcement = await db.Announcements.SingleAsync(a => a.Id == id);
        var report = await AnnouncementReports.ReportAsync(db, announcement, CancellationToken.None);

        Assert.Equal(AnnouncementStatus.Completed, announcement.Status);
        Assert.Equal(10_000, report.Recipients);
        Assert.Equal(10_000, report.Sent + report.Failed + report.Unreachable + report.Pending + report.Cancelled);
        Assert.Equal(10_000 - noChat - markedBefore, report.Queued);
        Assert.Equal(noChat + markedBefore + blockedNow, report.Unreachable);
        Assert.Equal([new FailureGroup(ChatNotFound, notFound)], report.Failures);
        Assert.Equal(0, report.Pending);
        Assert.Equal(reachable.Count - blockedNow - notFound, report.Sent);
        Assert.Equal(reachable.Count(p => p % 2 == 0) - blockedNow - notFound, telegram.Delivered.Count);
        Assert.Equal(telegram.Delivered.Count, telegram.Delivered.Distinct().Count());

        // The organiser hears the outcome once, in their own chat.
        var toAuthor = await db.Outbox.SingleAsync(o => o.Key == $"announcement:{id}:report");
        Assert.Equal(cohort.OrganiserId, toAuthor.PersonId);
        Assert.Contains($"Terkirim: {report.Sent}", OutboxPayload.Parse(toAuthor.PayloadJson).Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FanOut_RunTwice_EnqueuesNothingTwice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database);
        var cohort = await BroadcastAudience.SeedAsync(bot, 120);
        var id = await AddAsync(bot, cohort, AudienceKind.Class);
        var fanOut = bot.Services.GetRequiredService<AnnouncementFanOut>();

        EnqueueResult first, second;
        await using (var db = bot.NewContext())
        {
            first = (await fanOut.RunAsync(db, id, CancellationToken.None))!;
        }

        await using (var db = bot.NewContext())
        {
            // A trigger fired again (a misfire, a second node, a crash before the status was written).
            second = (await fanOut.RunAsync(db, id, CancellationToken.None))!;
        }

        await using var check = bot.NewContext();
        var rows = await check.Outbox.Where(o => o.Batch == Announcement.BatchOf(id)).ToListAsync();
        Assert.Equal(first.Queued, rows.Count);
        Assert.Equal((0, first.Queued), (second.Queued, second.AlreadyQueued));
        Assert.Equal(rows.Count, rows.Select(r => r.PersonId).Distinct().Count());
        var report = await AnnouncementReports.ReportAsync(check, await check.Announcements.SingleAsync(a => a.Id == id), CancellationToken.None);
        Assert.Equal(120, report.Recipients);
    }

    [Fact]
    public async Task Scheduled_TriggerStoredThenFiredTwice_GoesOutOnce()
    {
        await using var bot = await HostHarness.StartAsync();
        var cohort = await BroadcastAudience.SeedAsync(bot, 20);
        var at = bot.Time.GetUtcNow().AddHours(2);
        var id = await AddAsync(bot, cohort, AudienceKind.Cohort, at: at);
        var service = bot.Services.GetRequiredService<AnnouncementService>();

        var beforeItsTime = await service.RunOnceAsync(CancellationToken.None);
        var trigger = Assert.Single(await LatsarScheduler.Get(bot.Services).GetTriggersOfJob(AnnouncementJob.Key(id)));
        bot.Time.Advance(TimeSpan.FromHours(2));
        var first = await FireAsync(bot, id, at);
        var again = await FireAsync(bot, id, at);

        Assert.Equal(0, beforeItsTime);
        Assert.Equal(at.ToUnixTimeSeconds(), trigger.StartTimeUtc.ToUnixTimeSeconds());
        await using var db = bot.NewContext();
        var rows = await db.Outbox.Where(o => o.Batch == Announcement.BatchOf(id)).ToListAsync();
        Assert.Equal(first, rows.Count);
        Assert.True(first > 0);
        Assert.Equal(0, again);
        Assert.All(rows, o => Assert.Equal(bot.Time.GetUtcNow(), o.NotBefore));
    }

    [Fact]
    public async Task Scheduled_BotRestarts_TheTriggerIsStillThere()
    {
        await using var database = TestDatabase.Sqlite();
        int id;
        await using (var before = await HostHarness.StartAsync(database))
        {
            var cohort = await BroadcastAudience.SeedAsync(before, 5);
            id = await AddAsync(before, cohort, AudienceKind.Cohort, at: before.Time.GetUtcNow().AddDays(1));
            await before.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);
        }

        await using var after = await HostHarness.StartAsync(database);
        var queued = await after.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        Assert.True(await LatsarScheduler.Get(after.Services).Exists(AnnouncementJob.Key(id)));
        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task Cli_SendAt_StoresTheTrigger_ListShowsItScheduled()
    {
        // Here rather than with the other CLI tests: Quartz keeps named schedulers process-wide, and this project's
        // scheduler tests run one after another in this class.
        await using var bot = await HostHarness.StartAsync();
        var at = bot.Time.GetUtcNow().AddDays(1);
        var output = new StringWriter();

        var exit = await new AnnouncementConsole(bot.Services, output, TextReader.Null).SendAsync("role:participant", "Ujian besok.", at, null, yes: true, CancellationToken.None);
        await new AnnouncementConsole(bot.Services, output, TextReader.Null).ListAsync(CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.True(await LatsarScheduler.Get(bot.Services).Exists(AnnouncementJob.Key(1)));
        Assert.Contains("Scheduled", output.ToString(), StringComparison.Ordinal);
        await using var db = bot.NewContext();
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.Batch != null));
    }

    [Fact]
    public async Task CancelScheduled_TriggerRemoved_NothingIsEnqueued_ReportShowsAllCancelled()
    {
        await using var bot = await HostHarness.StartAsync();
        var cohort = await BroadcastAudience.SeedAsync(bot, 20);
        var at = bot.Time.GetUtcNow().AddHours(1);
        var id = await AddAsync(bot, cohort, AudienceKind.Cohort, at: at);
        await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);
        var console = new StringWriter();

        var exit = await new AnnouncementConsole(bot.Services, console, TextReader.Null).CancelAsync(id, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromHours(3));
        var firedAnyway = await FireAsync(bot, id, at);
        await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.False(await LatsarScheduler.Get(bot.Services).Exists(AnnouncementJob.Key(id)));
        Assert.Equal(0, firedAnyway);
        await using var db = bot.NewContext();
        Assert.Equal(0, await db.Outbox.CountAsync(o => o.Batch == Announcement.BatchOf(id)));
        var report = await AnnouncementReports.ReportAsync(db, await db.Announcements.SingleAsync(a => a.Id == id), CancellationToken.None);
        Assert.Equal((20, 20, 0), (report.Recipients, report.Cancelled, report.Sent));
        Assert.Contains("Cancelled: 20", console.ToString(), StringComparison.Ordinal);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == Data.Audit.AuditActions.AnnouncementCancel);
        Assert.Equal((null, "cli", $"announcement {id}: "), (audit.ActorStaffId, audit.Channel, audit.Subject[..$"announcement {id}: ".Length]));
        Assert.StartsWith("CLI (", audit.ActorName, StringComparison.Ordinal);
        Assert.Equal("0 unsent messages withdrawn", audit.Detail);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CancelRunning_UnsentRowsWithdrawn_NothingMoreSent(DatabaseProvider provider)
    {
        var telegram = new ScriptedTelegram { Failures = false };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var bot = await HostHarness.StartAsync(database, s => s.AddSingleton<IOutboxSender>(telegram).Configure<OutboxOptions>(o => o.BatchSize = 10));
        var cohort = await BroadcastAudience.SeedAsync(bot, 100, allReachable: true);
        var id = await AddAsync(bot, cohort, AudienceKind.Cohort);
        var service = bot.Services.GetRequiredService<AnnouncementService>();
        var dispatcher = bot.Services.GetRequiredService<OutboxDispatcher>();
        await service.RunOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        var exit = await new AnnouncementConsole(bot.Services, new StringWriter(), TextReader.Null).CancelAsync(id, CancellationToken.None);
        var afterCancel = await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await service.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(0, afterCancel);
        await using var db = bot.NewContext();
        var announcement = await db.Announcements.SingleAsync(a => a.Id == id);
        var report = await AnnouncementReports.ReportAsync(db, announcement, CancellationToken.None);
        Assert.Equal(AnnouncementStatus.Cancelled, announcement.Status);
        Assert.Equal((100, 10, 90, 0), (report.Recipients, report.Sent, report.Cancelled, report.Pending));
        Assert.Equal(10, telegram.Delivered.Count);
    }

    /// <summary>The job as Quartz would run it when the trigger fires; returns how many messages it queued.</summary>
    private static async Task<int> FireAsync(BotHarness bot, int id, DateTimeOffset due)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<AnnouncementJob>(scope.ServiceProvider);
        var before = await CountAsync(bot, id);
        await job.RunAsync(new JobRun(AnnouncementJob.Key(id).Name, due, bot.Time.GetUtcNow(), new Dictionary<string, string> { ["id"] = id.ToString(CultureInfo.InvariantCulture) }), CancellationToken.None);
        return await CountAsync(bot, id) - before;
    }

    private static async Task<int> CountAsync(BotHarness bot, int id)
    {
        await using var db = bot.NewContext();
        return await db.Outbox.CountAsync(o => o.Batch == Announcement.BatchOf(id));
    }

    private static async Task<List<int>> PeopleAsync(BotHarness bot, int classId)
    {
        await using var db = bot.NewContext();
        return await db.Participants.Where(p => p.ClassId == classId).Select(p => p.Id).ToListAsync();
    }

    private static async Task<int> AddAsync(BotHarness bot, BroadcastAudience.Seeded cohort, AudienceKind kind, DateTimeOffset? at = null)
    {
        await using var db = bot.NewContext();
        var announcement = new Announcement
        {
            InstitutionId = cohort.InstitutionId,
            AuthorId = cohort.OrganiserId,
            Audience = kind,
            CohortId = cohort.CohortId,
            ClassId = cohort.ClassId,
            AudienceLabel = "Angkatan Uji",
            Text = "Upacara pembukaan Senin pukul 08.00.",
            CreatedAt = bot.Time.GetUtcNow(),
        };
        Release(announcement, at, bot.Time.GetUtcNow());
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync();
        return announcement.Id;
    }

    /// <summary>Sent now, or scheduled for <paramref name="at"/>, as the chat and the CLI release a draft.</summary>
    private static void Release(Announcement announcement, DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is { } when)
        {
            announcement.Schedule(when, now);
            return;
        }

        announcement.SendNow();
    }

    /// <summary>Telegram as the dispatcher sees it: chat "c{id}" is person id's (see the seeding).</summary>
    private sealed class ScriptedTelegram : IOutboxSender
    {
        public ConcurrentBag<string> Delivered { get; } = [];

        /// <summary>Chats of people with id % 100 == 14 have blocked the bot; == 12 do not exist.</summary>
        public bool Failures { get; init; } = true;

        public string Channel => "telegram";

        public Task<SendOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            var person = int.Parse(message.ConversationId.AsSpan(1), CultureInfo.InvariantCulture);
            SendOutcome outcome = (person % 100) switch
            {
                14 when Failures => new SendOutcome.Terminal(Blocked, Unreachable: true),
                12 when Failures => new SendOutcome.Terminal(ChatNotFound),
                _ => SendOutcome.Sent,
            };
            if (outcome is SendOutcome.SentOutcome)
            {
                Delivered.Add(message.ConversationId);
            }

            return Task.FromResult(outcome);
        }
    }
}
