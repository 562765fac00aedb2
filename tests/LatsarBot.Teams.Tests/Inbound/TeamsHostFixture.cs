using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Teams.Tests.Inbound;

/// <summary>
/// One host with Teams on, shared by a test class to save its start-up; each test writes as its own person (Entra
/// object id), so tests neither see nor count one another's data.
/// </summary>
public sealed class TeamsHostFixture : IAsyncLifetime
{
    public FakeTeamsServer Fake { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TeamsTestHost Host { get; private set; } = null!;

    public string ServiceUrl => Fake.ServiceUrl;

    public async Task InitializeAsync()
    {
        Fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        Database = TestDatabase.Sqlite();
        Host = await TeamsTestHost.StartAsync(Fake, Database);
    }

    /// <summary>How many activities of this conversation the turn pipeline took in (its ledger rows).</summary>
    public async Task<int> TurnsOfAsync(string conversationId)
    {
        await using var db = Database.NewContext();
        return await db.InboundActivities.CountAsync(a => a.Channel == "teams" && a.ConversationId == conversationId);
    }

    /// <summary>How many replies the turns of this conversation put in the outbox.</summary>
    public async Task<int> RepliesToAsync(string conversationId)
    {
        await using var db = Database.NewContext();
        return await db.Outbox.CountAsync(o => o.Channel == "teams" && o.ConversationId == conversationId);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
