using System.CommandLine;
using LatsarBot.Data;
using LatsarBot.Staff;

namespace LatsarBot.Cli;

/// <summary>`staff import FILE --institution NAME [--dry-run]`: coaches and facilitators with expertise and online teaching.</summary>
public static class StaffCommands
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV with a header: nip, nama/name, peran/role, peminatan/expertise (agendas, e.g. \"I|III\"), angkatan/cohort, kelas_daring/online_classes (e.g. \"Kelas A|Kelas B\"), hp/phone, email.",
        };
        var institution = new Option<string>("--institution") { Description = "The training institution the staff belong to.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change, writing nothing." };
        var database = new CliDatabase();
        var import = new Command("import", "Import staff with their expertise and the classes they taught online, upserting by NIP; all or nothing.")
        {
            file, institution, dryRun, database.ConnectionString, database.Provider,
        };
        import.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            return ImportAsync(result.GetValue(file)!, result.GetValue(institution)!, result.GetValue(dryRun), database.Configuration(result), console.Output, console.Error, cancellationToken);
        });
        return new Command("staff", "Coaches, facilitators and other staff.") { import };
    }

    private static async Task<int> ImportAsync(
        FileInfo file, string institution, bool dryRun, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"error: cannot read {file.FullName}: no such file");
            return 1;
        }

        await using var services = await CliHost.TryStartAsync(configuration, error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await using var csv = file.OpenRead();
        var result = await new StaffImporter(scope.ServiceProvider.GetRequiredService<LatsarDb>()).ImportAsync(csv, institution, dryRun, cancellationToken);
        foreach (var line in result.Lines())
        {
            await output.WriteLineAsync(line);
        }

        if (result.Error is not null)
        {
            await error.WriteLineAsync("error: " + result.Error);
            return 1;
        }

        if (result.Committed)
        {
            await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.StaffImport, $"{institution}: {file.Name}", result.Lines()[^1], institution: institution, cancellationToken: cancellationToken);
        }

        return result.Rejected > 0 ? 2 : 0;
    }
}
