using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>
/// Proactive messages to a person bound on Teams: their personal chat opened when no reference for it is held (they
/// have the app), and a 403 from the connector marking Teams unreachable, so this message and the next go to their
/// other channel by the delivery fallback.
/// </summary>
public sealed class TeamsProactiveTests
{
    private const string Aad = "aad-andi";
    private const long AndiTelegram = 700_013;

    [Fact]
    public async Task BoundWithoutAChatReference_ThePersonalChatIsCreatedOnce_AndTheRemindersArrive()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        var andi = await TeamsPeople.BindOnTeamsAsync(database, Aad, TimeSpan.FromDays(3));
        fake.AddMember(new FakeTeamsMember(FakeTeamsActivities.UserId(Aad), Aad, "Andi Pratama", null, null, FakeTeamsServer.TenantId));

        // Seen in his team's channel (a message the bot does not answer there), which says where he is in the tenant.
        (await fake.PushAsync(FakeTeamsActivities.MentionMessage(fake.ServiceUrl, "team-1", Aad, "halo", "channel"))).EnsureSuccessStatusCode();
        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:1", "Pengingat: isi logbook hari ini.");
        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:2", "Pengingat kedua.");
        await fake.WaitAsync(r => r.Count(m => m.Accepted && m.ConversationId == FakeTeamsActivities.PersonalChat(Aad)) >= 2);

        var create = Assert.Single(fake.Received, r => r.Path == "/v3/conversations");
        Assert.Equal((201, false, FakeTeamsActivities.UserId(Aad), FakeTeamsServer.TenantId, FakeTeamsServer.BotId),
            (create.Status, create.Body["isGroup"]!.GetValue<bool>(), create.Body["members"]![0]!["id"]!.ToString(), create.Body["tenantId"]!.ToString(), create.Body["bot"]!["id"]!.ToString()));
        Assert.Equal(new[] { "Pengingat: isi logbook hari ini.", "Pengingat kedua." }.Order(StringComparer.Ordinal),
            fake.Delivered.Where(d => d.ConversationId == FakeTeamsActivities.PersonalChat(Aad)).Select(d => d.Text!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AppNotInstalledForHim_NoChatIsOpened_AndTeamsIsUnreachable()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        var andi = await TeamsPeople.BindOnTeamsAsync(database, Aad, TimeSpan.FromDays(3));
        fake.AddMember(new FakeTeamsMember(FakeTeamsActivities.UserId(Aad), Aad, "Andi Pratama", null, null, FakeTeamsServer.TenantId, PersonalAppInstalled: false));
        (await fake.PushAsync(FakeTeamsActivities.MentionMessage(fake.ServiceUrl, "team-2", Aad, "halo", "channel"))).EnsureSuccessStatusCode();

        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:1", "Pengingat: isi logbook hari ini.");
        await TeamsPeople.UntilAsync(database, db => db.ChannelIdentities.CountAsync(i => i.Channel == "teams" && i.UnreachableAt != null), 1);

        Assert.Equal(403, Assert.Single(fake.Received, r => r.Path == "/v3/conversations").Status);
        Assert.DoesNotContain(fake.Received, r => r.IsActivity);
    }

    [Fact]
    public async Task ConnectorAnswers403_TeamsIsUnreachable_TheReminderAndTheNextGoToTelegram()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database,
        [
            new("Telegram:Enabled", "true"),
            new("Telegram:BotToken", FakeBotApiServer.Token),
            new("Telegram:ApiBaseUrl", telegram.BaseUrl),
            new("Telegram:PollTimeoutSeconds", "1"),
            new("Telegram:WebhookUrl", ""),
        ]);
        var chatId = AndiTelegram.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var andi = await TeamsPeople.BindAsync(database, "telegram", chatId, chatId, TimeSpan.FromDays(2));
        await TeamsPeople.BindOnTeamsAsync(database, Aad, TimeSpan.FromHours(1));

        // He installed the app (the chat's reference is kept) and later removed it, which the connector tells by a 403.
        (await fake.PushAsync(FakeTeamsActivities.Installation(fake.ServiceUrl, "install-1", Aad, "add"))).EnsureSuccessStatusCode();
        fake.RemoveApp(FakeTeamsActivities.PersonalChat(Aad));
        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:1", "Pengingat pertama.");
        await telegram.WaitAsync(r => r.Any(m => m.IsSend && m.ChatId == AndiTelegram && m.Text == "Pengingat pertama."));
        await TeamsPeople.EnqueueAsync(host.Services, andi, "reminder:logbook:2", "Pengingat kedua.");
        await telegram.WaitAsync(r => r.Any(m => m.IsSend && m.ChatId == AndiTelegram && m.Text == "Pengingat kedua."));
        await TeamsPeople.UntilAsync(database, db => db.DeliveryAttempts.CountAsync(a => a.PersonId == andi && a.Outcome == DeliveryOutcomes.Sent), 2);

        await using var db = database.NewContext();
        var ledger = await db.DeliveryAttempts.AsNoTracking().Where(a => a.PersonId == andi).OrderBy(a => a.Id).Select(a => new { a.MessageKey, a.Channel, a.Outcome }).ToListAsync();
        Assert.Equal(
            [("reminder:logbook:1", "teams", DeliveryOutcomes.Blocked), ("reminder:logbook:1", "telegram", DeliveryOutcomes.Sent), ("reminder:logbook:2", "telegram", DeliveryOutcomes.Sent)],
            ledger.Select(a => (a.MessageKey, a.Channel, a.Outcome)));
        Assert.NotNull((await db.ChannelIdentities.SingleAsync(i => i.Channel == "teams")).UnreachableAt);
        Assert.Single(fake.Received, r => r.IsActivity && r.Status == 403);
        Assert.DoesNotContain(fake.Delivered, d => d.ConversationId == FakeTeamsActivities.PersonalChat(Aad));
    }
}
