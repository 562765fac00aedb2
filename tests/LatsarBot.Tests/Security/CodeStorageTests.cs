using System.Security.Cryptography;
using System.Text;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Demo;
using LatsarBot.Data.SignIn;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.Security;

/// <summary>Issue 18, item 3: what the database holds of a code is its HMAC under the server key, never the code or its plain SHA-256.</summary>
public sealed class CodeStorageTests
{
    private const string Key = "a-test-server-key-of-well-over-thirty-two-bytes";

    [Fact]
    public async Task EnrolmentCode_StoredAsTheHmacUnderTheServerKey()
    {
        await using var host = await TestHost.StartAsync(settings: [new("Security:CodeKey", Key)]);
        var andi = DemoSeeder.People[0];

        var stored = await StoredEnrolmentHashAsync(host, andi.Nip.Value);

        var expected = "k1$" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes($"enrolment:{andi.Nip.Value}:{andi.Code}")));
        Assert.Equal(expected, stored);
        Assert.DoesNotContain(andi.Code, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(UnkeyedSha256($"latsarbot:enrolment:{andi.Nip.Value}:{andi.Code}"), stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EnrolmentCode_AnotherServerKey_CannotCheckIt()
    {
        await using var host = await TestHost.StartAsync(settings: [new("Security:CodeKey", Key)]);
        var andi = DemoSeeder.People[0];
        var stored = await StoredEnrolmentHashAsync(host, andi.Nip.Value);

        Assert.True(host.Services.GetRequiredService<CodeHasher>().EnrolmentMatches(stored, andi.Nip.Value, andi.Code));
        Assert.False(new CodeHasher(Encoding.UTF8.GetBytes(Key + "-other")).EnrolmentMatches(stored, andi.Nip.Value, andi.Code));
    }

    [Fact]
    public async Task ConsoleSignInCode_StoredAsTheHmacUnderTheServerKey()
    {
        await using var host = await TestHost.StartAsync(settings: [new("Security:CodeKey", Key)]);
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        var token = await client.RequestCodeAsync(ConsoleStaff.Organiser);
        var code = await ConsoleStaff.SentCodeAsync(host.Services, token);

        await using var db = host.Database.NewContext();
        var stored = await db.StaffSignIns.Where(s => s.Token == token).Select(s => s.CodeHash).SingleAsync();

        var expected = "k1$" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes($"console-sign-in:{token}:{code}")));
        Assert.Equal(expected, stored);
        Assert.DoesNotContain(UnkeyedSha256($"latsarbot:console-sign-in:{token}:{code}"), stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Migration_CodesHashedTheOldWay_AreWithdrawnAndOpenSignInsExpire()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync();
            var staff = new StaffMember
            {
                Name = "Lama", Nip = Nip.FromTrusted("198001012005011009"), StaffRole = Role.Organiser, Institution = new Institution { Name = "Lama" },
                EnrolmentCodeHash = UnkeyedSha256("latsarbot:enrolment:198001012005011009:123456"),
            };
            db.Staff.Add(staff);
            await db.SaveChangesAsync();
            var now = DateTimeOffset.UtcNow;
            db.StaffSignIns.Add(new StaffSignIn { StaffId = staff.Id, Token = "t", CodeHash = UnkeyedSha256("x"), CreatedAt = now, ExpiresAt = now.AddMinutes(10) });
            await db.SaveChangesAsync();

            // Back to the schema before the keyed hashes, and up again: the rows now are as an upgraded database has them.
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_KeyedCodeHashes", StringComparison.Ordinal)) - 1]);
            await migrator.MigrateAsync();
        }

        await using var after = database.NewContext();
        Assert.Null(await after.Staff.Where(p => p.Name == "Lama").Select(p => p.EnrolmentCodeHash).SingleAsync());
        var signIn = await after.StaffSignIns.SingleAsync();
        Assert.Equal(signIn.CreatedAt, signIn.ExpiresAt);
    }

    private static async Task<string> StoredEnrolmentHashAsync(TestHost host, string nip)
    {
        await using var db = host.Database.NewContext();
        return (await db.People.Where(p => p.Nip == Nip.FromTrusted(nip)).Select(p => p.EnrolmentCodeHash).SingleAsync())!;
    }

    private static string UnkeyedSha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
