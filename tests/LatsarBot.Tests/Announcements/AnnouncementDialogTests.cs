using LatsarBot.Announcements;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Conversations;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Scheduling;
using Quartz;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Announcements;

/// <summary>The organiser's announcement in chat, on the demo institution: Rina (organiser), Andi (WIB) and Siti (WITA) in Kelas A.</summary>
public sealed class AnnouncementDialogTests
{
    private const string OrganiserNip = "198207202008012004";
    private const string Text = "Besok upacara pembukaan pukul 07.30 WIB. Harap hadir tepat waktu.";

    [Fact]
    public async Task Organiser_ClassAnnouncement_PreviewCountEtaThenSentAfterTheTurn()
    {
        await using var bot = await HostHarness.StartAsync();
        await GiveParticipantsTelegramChatsAsync(bot);
        var flow = await LoggedInAsync(bot, OrganiserNip);

        await flow.SendAsync("/umumkan");
        var audience = flow.AssertReply(AnnouncementMsg.AskAudience);
        Assert.Contains(audience.Buttons, b => b.Value == "aud:class");
        await flow.PressAsync("aud:class");
        var cohorts = flow.AssertReply(AnnouncementMsg.AskCohort);
        await flow.PressAsync(cohorts.Buttons.Single(b => b.Title == "Angkatan I Tahun 2026").Value);
        var classes = flow.AssertReply(AnnouncementMsg.AskClass, ("cohort", "Angkatan I Tahun 2026"));
        await flow.PressAsync(classes.Buttons.Single(b => b.Title == "Kelas A").Value);
        flow.AssertReply(AnnouncementMsg.AskText, ("audience", "Angkatan I Tahun 2026 / Kelas A"));
        await flow.SendAsync(Text);

        flow.AssertReply(AnnouncementMsg.PreviewIntro);
        var preview = flow.AssertReply(AnnouncementMsg.Message, ("institution", "BPSDM Demo LatsarBot"), ("text", Text));
        var summary = flow.AssertReply(r => Assert.Equal(
            bot.Messages.Text(Language.Id, AnnouncementMsg.PreviewSummary, ("count", "2"), ("channels", "Telegram 2"), ("eta", bot.Messages.Text(Language.Id, AnnouncementMsg.EtaSeconds, ("seconds", 1)))),
            r.Text));
        Assert.Equal(["send", "schedule", "discard"], summary.Buttons.Select(b => b.Value));
        await flow.PressAsync("send");
        flow.AssertReply(AnnouncementMsg.Sending);
        flow.AssertNoReply();

        // The turn only recorded the decision; the fan-out runs after it.
        await using (var db = bot.NewContext())
        {
            var announcement = await db.Announcements.SingleAsync();
            Assert.Equal((AnnouncementStatus.Sending, "Angkatan I Tahun 2026 / Kelas A"), (announcement.Status, announcement.AudienceLabel));
            Assert.Equal(0, await db.Outbox.CountAsync(o => o.Batch != null));
            var audit = await db.AuditEntries.SingleAsync();
            Assert.Equal((Data.Audit.AuditActions.AnnouncementCreate, announcement.AudienceLabel, "now: " + Text, announcement.InstitutionId),
                (audit.Action, audit.Subject, audit.Detail, audit.InstitutionId));
        }

        var queued = await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, queued);
        await using var check = bot.NewContext();
        var rows = await check.Outbox.Where(o => o.Batch != null).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(preview.Text, OutboxPayload.Parse(r.PayloadJson).Text));
        Assert.Equal(AnnouncementStatus.Delivering, (await check.Announcements.SingleAsync()).Status);
    }

    [Fact]
    public async Task Organiser_LateEvening_PreviewWarnsAboutQuietHours()
    {
        // 21:30 WIB = 22:30 WITA: both participants are inside 21:00–06:00.
        await using var bot = await HostHarness.StartAsync(now: new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));
        var summary = await PreviewToParticipantsAsync(bot);
        Assert.Contains(bot.Messages.Text(Language.Id, AnnouncementMsg.PreviewQuiet, ("count", 2)), summary.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Messages.Text(Language.Id, AnnouncementMsg.PreviewUnreachable, ("count", 2)), summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organiser_Evening_PreviewFollowsTheConfiguredQuietHours()
    {
        // 19:30 WIB = 20:30 WITA: outside the default 21:00–06:00, inside a configured 19:00–07:00.
        var evening = new DateTimeOffset(2026, 3, 2, 12, 30, 0, TimeSpan.Zero);
        foreach (var (settings, expectQuiet) in new[]
        {
            (Array.Empty<KeyValuePair<string, string?>>(), false),
            ([new("Reminders:QuietHours:Start", "19:00"), new("Reminders:QuietHours:End", "07:00")], true),
        })
        {
            await using var bot = await HostHarness.StartAsync(settings: settings, now: evening);
            var summary = await PreviewToParticipantsAsync(bot);
            var warning = bot.Messages.Text(Language.Id, AnnouncementMsg.PreviewQuiet, ("count", 2));
            Assert.Equal(expectQuiet, summary.Text!.Contains(warning, StringComparison.Ordinal));
        }
    }

    /// <summary>An organiser announces <see cref="Text"/> to all participants, up to the preview's summary.</summary>
    private static async Task<Reply> PreviewToParticipantsAsync(BotHarness bot)
    {
        var flow = await LoggedInAsync(bot, OrganiserNip);
        await flow.SendAsync("/umumkan");
        flow.AssertReply(AnnouncementMsg.AskAudience);
        await flow.PressAsync("aud:participant");
        flow.AssertReply(AnnouncementMsg.AskText, ("audience", bot.Messages.Text(Language.Id, AnnouncementMsg.LabelParticipants)));
        await flow.SendAsync(Text);
        flow.AssertReply(AnnouncementMsg.PreviewIntro);
        flow.AssertReply(AnnouncementMsg.Message, ("institution", "BPSDM Demo LatsarBot"), ("text", Text));
        return flow.AssertReply(_ => { });
    }

    [Fact]
    public async Task Participant_TypesUmumkan_IsRefused()
    {
        await using var bot = await HostHarness.StartAsync();
        var flow = await MoocFixture.LoggedInAsync(bot);

        await flow.SendAsync("/umumkan");

        flow.AssertReply(AnnouncementMsg.OnlyOrganisers);
        flow.AssertNoReply();
        await using var db = bot.NewContext();
        Assert.Equal(0, await db.Announcements.CountAsync());
    }

    [Fact]
    public async Task Menu_OrganiserHasTheAnnouncementButton_ParticipantDoesNot()
    {
        await using var bot = await HostHarness.StartAsync();
        var organiser = await LoggedInAsync(bot, OrganiserNip);
        var participant = await MoocFixture.LoggedInAsync(bot);

        await organiser.SendAsync("/menu");
        await participant.SendAsync("/menu");

        Assert.Contains(organiser.TakeAll().Last().Buttons, b => b.Value == "announcements");
        Assert.DoesNotContain(participant.TakeAll().Last().Buttons, b => b.Value == "announcements");
    }

    [Fact]
    public async Task Organiser_SchedulesThenCancelsInChat_NothingGoesOut()
    {
        await using var bot = await HostHarness.StartAsync();
        await GiveParticipantsTelegramChatsAsync(bot);
        var flow = await LoggedInAsync(bot, OrganiserNip);
        await flow.SendAsync("/menu");
        flow.TakeAll();
        await flow.PressAsync("announcements");
        flow.AssertReply(AnnouncementMsg.Home);
        await flow.PressAsync(AnnouncementDialog.Compose);
        flow.AssertReply(AnnouncementMsg.AskAudience);
        await flow.PressAsync("aud:all");
        flow.AssertReply(AnnouncementMsg.AskText, ("audience", bot.Messages.Text(Language.Id, AnnouncementMsg.LabelAll)));
        await flow.SendAsync(Text);
        flow.TakeAll();

        await flow.PressAsync("schedule");
        flow.AssertReply(AnnouncementMsg.AskWhen, ("zone", "WIB"));
        await flow.SendAsync("besok pagi");
        flow.AssertReply(AnnouncementMsg.WhenInvalid, ("zone", "WIB"));
        await flow.SendAsync("01/03/2026 08:00");
        flow.AssertReply(AnnouncementMsg.WhenPast, ("zone", "WIB"));
        await flow.SendAsync("03/03/2026 07:00");
        flow.AssertReply(AnnouncementMsg.Scheduled, ("when", "03/03/2026 07:00 WIB"));

        int id;
        await using (var db = bot.NewContext())
        {
            var announcement = await db.Announcements.SingleAsync();
            Assert.Equal((AnnouncementStatus.Scheduled, new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero)), (announcement.Status, announcement.ScheduledFor));
            id = announcement.Id;
        }

        // After the turn, the scheduler gets the trigger.
        await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);
        Assert.True(await LatsarScheduler.Get(bot.Services).Exists(AnnouncementJob.Key(id)));

        flow.TakeAll();
        await flow.PressAsync("announcements");
        flow.AssertReply(AnnouncementMsg.Home);
        await flow.PressAsync("reports");
        var list = flow.AssertReply(AnnouncementMsg.ReportsPick);
        await flow.PressAsync(list.Buttons.First().Value);
        var report = flow.AssertReply(_ => { });
        Assert.Contains($"withdraw:{id}", report.Buttons.Select(b => b.Value));
        await flow.PressAsync($"withdraw:{id}");
        flow.AssertReply(AnnouncementMsg.Withdrawn, ("id", id));

        bot.Time.Advance(TimeSpan.FromDays(2));
        var queued = await bot.Services.GetRequiredService<AnnouncementService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, queued);
        Assert.False(await LatsarScheduler.Get(bot.Services).Exists(AnnouncementJob.Key(id)));
        await using var check = bot.NewContext();
        Assert.Equal(AnnouncementStatus.Cancelled, (await check.Announcements.SingleAsync()).Status);
        Assert.Equal(0, await check.Outbox.CountAsync(o => o.Batch != null));
    }

    private static Task<TestFlow> LoggedInAsync(BotHarness bot, string nip) => DemoPeople.LoggedInAsync(bot, nip: nip);

    /// <summary>Andi and Siti each with a Telegram chat, so the preview has a channel to estimate.</summary>
    private static async Task GiveParticipantsTelegramChatsAsync(BotHarness bot)
    {
        await using var db = bot.NewContext();
        foreach (var participant in await db.Participants.ToListAsync())
        {
            var chat = "tg-" + participant.Id;
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "telegram", ChannelUserId = chat, ConversationId = chat, PersonId = participant.Id, BoundAt = bot.Time.GetUtcNow() });
            db.Conversations.Add(new ConversationRecord { Channel = "telegram", ConversationId = chat, StateJson = "{}", UpdatedAt = bot.Time.GetUtcNow() });
        }

        await db.SaveChangesAsync();
    }
}
