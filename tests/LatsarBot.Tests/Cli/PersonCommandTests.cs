using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using LatsarBot.Cli;
using LatsarBot.Data.Audit;
using LatsarBot.Testing;
using LatsarBot.Tests.PersonalData;
using LatsarBot.Tests.Retention;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Tests.Cli;

/// <summary>`person export|correct|erase` and `retention run --dry-run` from the command line, on a database of the test's own.</summary>
public sealed class PersonCommandTests
{
    [Fact]
    public async Task Person_export_correct_and_erase_work_by_NIP_and_are_audited_as_the_CLI()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var world = await PersonWorld.CreateAsync(database);
        var zipPath = Path.Combine(world.Root, "andi.zip");

        var (exit, _, error) = await RunAsync(database, "person", "export", "--nip", PersonWorld.Nip, "--out", zipPath);
        Assert.True(exit == 0, error);
        using (var zip = ZipFile.OpenRead(zipPath))
        using (var data = JsonDocument.Parse(zip.GetEntry("data.json")!.Open()))
        {
            Assert.Equal(PersonWorld.Name, data.RootElement.GetProperty("tables").GetProperty("people")[0].GetProperty("Name").GetString());
        }

        (exit, var output, error) = await RunAsync(database, "person", "correct", "--nip", PersonWorld.Nip, "--email", "andi.baru@example.id");
        Assert.True(exit == 0, error);
        Assert.Contains("Corrected: email.", output, StringComparison.Ordinal);
        (exit, _, error) = await RunAsync(database, "person", "correct", "--nip", PersonWorld.Nip, "--phone", "12");
        Assert.Equal(1, exit);
        Assert.Contains("--phone", error, StringComparison.Ordinal);

        (exit, output, error) = await RunAsync(database, "person", "erase", "--nip", PersonWorld.Nip, "--yes");
        Assert.True(exit == 0, error);
        Assert.Contains("Erased; now ANON-", output, StringComparison.Ordinal);
        (exit, _, error) = await RunAsync(database, "person", "erase", "--nip", PersonWorld.Nip, "--yes");
        Assert.Equal(1, exit);
        Assert.Contains("nobody has NIP", error, StringComparison.Ordinal);

        await using var db = database.NewContext();
        Assert.Empty(await PersonErasureTests.RowsNamingAsync(db, [.. PersonWorld.Identity, "andi.baru@example.id"]));
        var actions = await db.AuditEntries.Where(a => a.Channel == "cli" && a.Action.StartsWith("person.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.PersonExport, AuditActions.PersonCorrect, AuditActions.PersonErase], actions);
    }

    [Fact]
    public async Task Retention_dry_run_counts_and_removes_nothing()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        await RetentionWorld.CreateAsync(database);

        var (exit, output, error) = await RunAsync(database, "retention", "run", "--dry-run");

        Assert.True(exit == 0, error);
        Assert.Contains("Retention would remove: outbox rows", output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(5, await db.Outbox.CountAsync());
        Assert.Equal(3, await db.InboundActivities.CountAsync());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await LatsarCli.RunAsync([.. args, "--database", database.ConnectionString], new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
