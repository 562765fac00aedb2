using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Webhook;

/// <summary>
/// One host with WhatsApp on, shared by a test class to save its start-up; each test writes as its own wa_id, so
/// tests neither see nor count one another's data.
/// </summary>
public sealed class WhatsAppHostFixture : IAsyncLifetime
{
    public FakeGraphApiServer Fake { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public WhatsAppTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeGraphApiServer.StartAsync();
        Database = TestDatabase.Sqlite();
        Host = await WhatsAppTestHost.StartAsync(Fake, Database);
    }

    /// <summary>How many updates of this conversation the turn pipeline took in (its ledger rows).</summary>
    public async Task<int> TurnsOfAsync(string waId)
    {
        await using var db = Database.NewContext();
        return await db.InboundActivities.CountAsync(a => a.Channel == "whatsapp" && a.ConversationId == waId);
    }

    /// <summary>How many replies the turns of this conversation put in the outbox.</summary>
    public async Task<int> RepliesToAsync(string waId)
    {
        await using var db = Database.NewContext();
        return await db.Outbox.CountAsync(o => o.Channel == "whatsapp" && o.ConversationId == waId);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
