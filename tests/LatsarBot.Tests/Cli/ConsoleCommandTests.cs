using System.CommandLine;
using LatsarBot.Cli;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Cli;

/// <summary>`console add-admin`: the first LAN admin, with the enrolment code that binds their chat.</summary>
public sealed class ConsoleCommandTests
{
    private const string AdminNip = "197001011995031001";

    [Fact]
    public async Task AddAdmin_NewNip_CreatesALanAdminWithAnEnrolmentCode()
    {
        var database = Path.Combine(TestPaths.NewTempFolder(), "console.db");

        var (exit, output, error) = await RunAsync(database, "console", "add-admin", "--nip", AdminNip, "--name", "Admin LAN Pusat");

        Assert.True(exit == 0, error);
        Assert.Matches(@"Enrolment code: \d{6} \(once\)", output);
        await using var bot = await HostHarness.StartAsync(TestDatabase.SqliteAt(database));
        await using var db = bot.NewContext();
        var admin = await db.Staff.Include(s => s.Institution).SingleAsync(s => s.Nip == Nip.FromTrusted(AdminNip));
        Assert.Equal(Role.LanAdmin, admin.StaffRole);
        Assert.Equal("LAN RI", admin.Institution!.Name);
        Assert.NotNull(admin.EnrolmentCodeHash);
    }

    [Fact]
    public async Task AddAdmin_ParticipantsNip_Refused()
    {
        var database = Path.Combine(TestPaths.NewTempFolder(), "console.db");

        var (exit, _, error) = await RunAsync(database, "console", "add-admin", "--nip", DemoPeople.Nip, "--name", "Andi");

        Assert.Equal(1, exit);
        Assert.Contains("is a participant", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await LatsarCli.RunAsync([.. args, "--database", $"Data Source={database}"], new InvocationConfiguration { Output = output, Error = error });

        return (exit, output.ToString(), error.ToString());
    }
}
