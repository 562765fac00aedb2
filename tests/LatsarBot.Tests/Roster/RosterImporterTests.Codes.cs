using LatsarBot.Core.Participants;
using LatsarBot.Roster;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using static LatsarBot.Tests.Roster.RosterBuilders;

namespace LatsarBot.Tests.Roster;

public sealed partial class RosterImporterTests
{
    [Fact]
    public async Task ImportAsync_NewPeople_WritesCodesFileWhoseCodesMatchTheStoredHashes()
    {
        await using var database = await MigratedAsync();
        var codes = CodesPath();

        var result = await ImportAsync(database, Csv(Header, Row(Andi, "Andi Pratama"), Row(Budi, "Budi Santoso", role: "mentor")), Options(codesOut: codes));

        Assert.Equal((2, codes), (result.CodesIssued, result.CodesFile));
        var rows = ReadCodes(codes);
        Assert.Equal(["nip", "name", "code"], rows[0]);
        Assert.Equal([(Andi, "Andi Pratama"), (Budi, "Budi Santoso")], rows.Skip(1).Select(r => (r[0], r[1])));
        Assert.All(rows.Skip(1), r => Assert.Matches("^[0-9]{6}$", r[2]));
        await using var db = database.NewContext();
        var hashes = await db.People.ToDictionaryAsync(p => p.Nip!.Value.Value, p => p.EnrolmentCodeHash);
        Assert.All(rows.Skip(1), r => Assert.True(TestCodes.Hasher.EnrolmentMatches(hashes[r[0]], r[0], r[2])));
        Assert.All(hashes.Values, h => Assert.Matches(@"^k1\$[0-9A-F]{64}$", h));
    }

    [Fact]
    public async Task ImportAsync_NewCodes_ReissuesOnlyForPeopleWithoutABoundChat()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi), Row(Siti)), Options(codesOut: CodesPath()));
        await BindAsync(database, Andi);
        var andiHashBefore = await HashAsync(database, Andi);
        var codes = CodesPath();

        var result = await ImportAsync(database, Csv(Header, Row(Andi), Row(Siti)), Options(codesOut: codes, newCodes: true));

        Assert.Equal(1, result.CodesIssued);
        var issued = Assert.Single(ReadCodes(codes).Skip(1));
        Assert.Equal(Siti, issued[0]);
        Assert.True(TestCodes.Hasher.EnrolmentMatches(await HashAsync(database, Siti), Siti, issued[2]));
        Assert.Equal(andiHashBefore, await HashAsync(database, Andi));
    }

    [Fact]
    public async Task ImportAsync_UpdatesOnlyWithoutNewCodes_IssuesNoCodeAndNeedsNoCodesFile()
    {
        await using var database = await MigratedAsync();
        await ImportAsync(database, Csv(Header, Row(Andi)), Options(codesOut: CodesPath()));
        var hashBefore = await HashAsync(database, Andi);

        var result = await ImportAsync(database, Csv(Header, Row(Andi, "Andi Baru")), Options());

        Assert.Equal((1, 0), (result.Updated, result.CodesIssued));
        Assert.Null(result.CodesFile);
        Assert.Equal(hashBefore, await HashAsync(database, Andi));
    }

    [Fact]
    public async Task ImportAsync_NewPeopleWithoutCodesOut_FailsAndWritesNothing()
    {
        await using var database = await MigratedAsync();

        var result = await ImportAsync(database, Csv(Header, Row(Andi)), Options());

        Assert.Contains("--codes-out", result.Error, StringComparison.Ordinal);
        Assert.Equal(RosterReport.ExitFailed, RosterReport.ExitCode(result));
        await using var db = database.NewContext();
        Assert.False(await db.People.AnyAsync());
    }

    [Fact]
    public async Task ImportAsync_CodesFileAlreadyThere_FailsAndLeavesItAlone()
    {
        await using var database = await MigratedAsync();
        var codes = CodesPath();
        await File.WriteAllTextAsync(codes, "codes not yet handed out");

        var result = await ImportAsync(database, Csv(Header, Row(Andi)), Options(codesOut: codes));

        Assert.Contains("already exists", result.Error, StringComparison.Ordinal);
        Assert.Equal("codes not yet handed out", await File.ReadAllTextAsync(codes));
        await using var db = database.NewContext();
        Assert.False(await db.People.AnyAsync());
    }
}
