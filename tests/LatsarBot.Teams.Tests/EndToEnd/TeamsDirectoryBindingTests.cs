using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Teams.Tests.EndToEnd;

/// <summary>
/// The institution's tenant vouches for its members' UPNs: a roster participant whose e-mail is their UPN is offered
/// their account, confirms it with the birth date their NIP encodes, and studies a unit with card buttons; a user of
/// another tenant is asked for the NIP instead.
/// </summary>
public sealed class TeamsDirectoryBindingTests
{
    private const string AndiNip = "199001012022031001";
    private const string AndiUpn = "andi.pratama@latsar.example.go.id";

    private static async Task GiveAndiAnEmailAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var andi = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(AndiNip));
        andi.Email = AndiUpn;
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task MemberOfTheInstitutionsTenant_BoundByUpnAfterTheNipsBirthDate_ThenStudiesAUnit()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        await GiveAndiAnEmailAsync(database);
        fake.AddMember(new FakeTeamsMember(FakeTeamsActivities.UserId("aad-andi"), "aad-andi", "Andi Pratama", AndiUpn, AndiUpn, FakeTeamsServer.TenantId));
        var chat = new TeamsChat(fake, "aad-andi");

        await chat.InstallAsync(TeamsChat.Offers("id"));
        var offer = (await chat.TapAsync("id", TeamsChat.Offers("yes"))).Last(m => TeamsChat.Choices(m).Contains("yes"));
        Assert.Contains("Akun Microsoft Anda terdaftar", TeamsChat.Text(offer));
        Assert.Contains("Andi Pratama", TeamsChat.Text(offer));
        Assert.DoesNotContain("19900101", TeamsChat.Text(offer));
        await chat.TapAsync("yes", m => m.Count >= 1);
        var bound = await chat.SayAsync("01-01-1990", TeamsChat.Offers("ok"));
        Assert.Contains(bound, m => TeamsChat.Text(m).Contains("Akun Microsoft Anda cocok", StringComparison.Ordinal));
        await chat.TapAsync("ok", TeamsChat.Offers("mooc"));
        await chat.TapAsync("mooc", TeamsChat.Offers("menu"));
        await chat.TapAsync("menu", TeamsChat.Offers("next"));
        await chat.TapAsync("next", TeamsChat.Offers("studied"));
        await chat.TapAsync("studied", TeamsChat.OffersAny);

        await using var db = database.NewContext();
        var identity = await db.ChannelIdentities.Include(i => i.Person).SingleAsync();
        Assert.Equal(("teams", "aad-andi", IdentityProof.ChannelDirectory, "Andi Pratama"),
            (identity.Channel, identity.ChannelUserId, identity.Proof, identity.Person!.Name));
        Assert.Contains(await db.UnitProgress.Where(u => u.ParticipantId == identity.PersonId).ToListAsync(), u => u.ConsumedAt != null);
        Assert.Single(fake.Received, r => r.Method == "GET" && r.Path.Contains("/members/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MemberOfAnotherTenant_IsAskedForTheNip()
    {
        await using var fake = await FakeTeamsServer.StartAsync(FakeTeamsLimits.Relaxed);
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        await GiveAndiAnEmailAsync(database);
        fake.AddMember(new FakeTeamsMember(FakeTeamsActivities.UserId("aad-guest"), "aad-guest", "Andi Pratama", AndiUpn, AndiUpn, "another-tenant"));
        var chat = new TeamsChat(fake, "aad-guest");

        await chat.InstallAsync(TeamsChat.Offers("id"));
        var next = await chat.TapAsync("id", m => m.Any(x => TeamsChat.Text(x).Contains("NIP", StringComparison.Ordinal)));

        Assert.DoesNotContain(next, m => TeamsChat.Choices(m).Contains("yes") || TeamsChat.Text(m).Contains("Akun Microsoft", StringComparison.Ordinal));
    }
}
