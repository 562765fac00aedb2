using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Tests.Storage;

/// <summary>A person's NIP is a <see cref="Nip"/> in C# and its 18 digits in the column, through one converter.</summary>
public sealed class NipColumnTests
{
    private const string Andi = "199001012022031001";
    private const string Siti = "199505152022032002";
    private const string Budi = "197803152005011003";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nip_Stored_IsTheDigitsInTheColumn(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();

        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Nip\" AS \"Value\" FROM people WHERE \"Nip\" IS NOT NULL ORDER BY \"Nip\"").ToListAsync();

        Assert.Equal([Budi, Andi, Siti], stored);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nip_ReadBack_IsTheNipWritten(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();

        var nips = await db.People.OrderBy(p => p.Name).Select(p => p.Nip).ToListAsync();

        Assert.Equal([Nip.FromTrusted(Andi), Nip.FromTrusted(Budi), null, Nip.FromTrusted(Siti)], nips);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nip_ComparedWithANip_FilteredInSql(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var siti = Nip.FromTrusted(Siti);
        var query = db.People.Where(p => p.Nip == siti).Select(p => p.Name);

        var names = await query.ToListAsync();

        Assert.Equal(["Siti"], names);
        Assert.Matches("(?s)WHERE .*\"Nip\"", query.ToQueryString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nip_InAListOfNips_FilteredInSql(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();
        var wanted = new List<Nip> { Nip.FromTrusted(Andi), Nip.FromTrusted(Budi), Nip.FromTrusted("199912312023011002") };
        var query = db.People.Where(p => p.Nip != null && wanted.Contains(p.Nip.Value)).OrderBy(p => p.Name).Select(p => p.Name);

        var names = await query.ToListAsync();

        Assert.Equal(["Andi", "Budi"], names);
        Assert.Matches("(?s)WHERE .*\"Nip\"", query.ToQueryString());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nip_Missing_StaysNull(DatabaseProvider provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.NewContext();

        var names = await db.People.Where(p => p.Nip == null).Select(p => p.Name).ToListAsync();

        Assert.Equal(["Dewi"], names);
    }

    private static async Task<TestDatabase> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        var institution = new Institution { Name = "BPSDM Uji" };
        var kelas = new TrainingClass { Name = "Kelas A", Cohort = new Cohort { Name = "Angkatan I", Institution = institution } };
        db.Participants.AddRange(
            new Participant { Institution = institution, Class = kelas, Name = "Andi", Nip = Nip.FromTrusted(Andi) },
            new Participant { Institution = institution, Class = kelas, Name = "Siti", Nip = Nip.FromTrusted(Siti) });
        db.Staff.AddRange(
            new StaffMember { Institution = institution, Name = "Budi", Nip = Nip.FromTrusted(Budi), StaffRole = Role.Coach },
            new StaffMember { Institution = institution, Name = "Dewi", StaffRole = Role.Mentor });
        await db.SaveChangesAsync();
        return database;
    }
}
