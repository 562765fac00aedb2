using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Tests.Storage;

public sealed class SchemaTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FreshDatabase_MatchesTheModel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await database.MigrateAsync();

        await using var db = database.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration for " + provider);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_Sqlite_SwitchesToWal()
    {
        await using var database = TestDatabase.Sqlite();

        await database.MigrateAsync();

        await using var db = database.NewContext();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ledger_SameActivityTwice_RejectedByTheUniqueKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        db.InboundActivities.Add(AnInbound("u-1"));
        await db.SaveChangesAsync();

        await using var again = database.NewContext();
        again.InboundActivities.Add(AnInbound("u-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Conversation_TwoWritersOfOneVersion_SecondGetsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using (var setup = database.NewContext())
        {
            setup.Conversations.Add(new ConversationRecord { Channel = "test", ConversationId = "c1", StateJson = "{}" });
            await setup.SaveChangesAsync();
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var mine = await first.Conversations.SingleAsync();
        var theirs = await second.Conversations.SingleAsync();
        mine.StateJson = "{\"a\":1}";
        mine.Version++;
        await first.SaveChangesAsync();
        theirs.StateJson = "{\"b\":2}";
        theirs.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Person_TwoStaleWritersOfOneParticipant_SecondGetsAConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using (var setup = database.NewContext())
        {
            var institution = new Institution { Name = "BPSDM Uji" };
            var kelas = new TrainingClass { Name = "Kelas A", Cohort = new Cohort { Name = "Angkatan I", Institution = institution } };
            setup.Participants.Add(new Participant { Institution = institution, Class = kelas, Name = "Andi", Nip = Nip.FromTrusted("199001012022031001") });
            await setup.SaveChangesAsync();
        }

        await using var phone = database.NewContext();
        await using var laptop = database.NewContext();
        var onPhone = await phone.People.SingleAsync();
        var onLaptop = await laptop.People.SingleAsync();
        onPhone.FailedCodeAttempts++;
        await phone.SaveChangesAsync();
        onLaptop.FailedCodeAttempts++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => laptop.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Instants_StoredAsUtc_ComparedAndOrderedInSql(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var wita = TimeSpan.FromHours(8);
        await using (var setup = database.NewContext())
        {
            setup.InboundActivities.AddRange(
                AnInbound("late", new DateTimeOffset(2026, 3, 2, 10, 0, 0, wita)),
                AnInbound("early", new DateTimeOffset(2026, 3, 2, 8, 0, 0, wita)));
            await setup.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var cut = new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero); // 09:30 WITA
        var before = await db.InboundActivities.Where(a => a.ReceivedAt < cut).Select(a => a.ActivityId).ToListAsync();
        var ordered = await db.InboundActivities.OrderBy(a => a.ReceivedAt).Select(a => a.ReceivedAt).ToListAsync();

        Assert.Equal(["early"], before);
        Assert.Equal([new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)], ordered);
        Assert.All(ordered, t => Assert.Equal(TimeSpan.Zero, t.Offset));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task People_ParticipantsAndStaff_ShareOneNipSpace(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.NewContext();
        var institution = new Institution { Name = "BPSDM Uji" };
        var kelas = new TrainingClass { Name = "Kelas A", Cohort = new Cohort { Name = "Angkatan I", Institution = institution } };
        db.Participants.Add(new Participant { Institution = institution, Class = kelas, Name = "Andi", Nip = Nip.FromTrusted("199001012022031001") });
        await db.SaveChangesAsync();

        db.Staff.Add(new StaffMember { Institution = institution, Name = "Budi", Nip = Nip.FromTrusted("199001012022031001"), StaffRole = Role.Coach });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static InboundActivity AnInbound(string id, DateTimeOffset? at = null) =>
        new() { Channel = "test", ActivityId = id, ConversationId = "c1", ReceivedAt = at ?? DateTimeOffset.UnixEpoch };
}
