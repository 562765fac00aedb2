using System.CommandLine;
using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Roster;

namespace LatsarBot.Cli;

/// <summary>`participants …`: roster management. The command only parses, opens and prints; the work is <see cref="RosterImporter"/>'s.</summary>
public static class ParticipantsCommands
{
    public static Command Build() => new("participants", "Manage the participant roster.") { BuildImport() };

    private static Command BuildImport()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "The roster, CSV or XLSX: a header row (nip, name, cohort, class, … in English or Indonesian); a CSV comma or semicolon separated, UTF-8.",
        };
        var institution = new Option<string>("--institution") { Description = "The training institution the roster belongs to; created when missing.", Required = true };
        var contact = new Option<string?>("--contact") { Description = "Who participants contact when stuck (name, phone or e-mail); set on the institution." };
        var codesOut = new Option<FileInfo?>("--codes-out") { Description = "Where to write new enrolment codes (nip,name,code). Must not exist yet: the codes are shown nowhere else." };
        var newCodes = new Option<bool>("--new-codes") { Description = "Also give a fresh code to existing people who have not bound a chat yet." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change, writing nothing." };
        var allOrNothing = new Option<bool>("--all-or-nothing") { Description = "Import nothing when any row is rejected." };
        var database = new Option<string?>("--database") { Description = "A connection string to use instead of Database:ConnectionString." };
        var import = new Command("import", "Import participants and staff from a CSV or XLSX roster, upserting by NIP; exit 2 when rows were rejected.")
        {
            file, institution, contact, codesOut, newCodes, dryRun, allOrNothing, database,
        };
        import.SetAction((result, cancellationToken) =>
        {
            var options = new RosterImportOptions
            {
                Institution = result.GetValue(institution)!,
                Contact = result.GetValue(contact),
                CodesOut = result.GetValue(codesOut)?.FullName,
                NewCodes = result.GetValue(newCodes),
                DryRun = result.GetValue(dryRun),
                AllOrNothing = result.GetValue(allOrNothing),
            };
            var console = result.InvocationConfiguration;
            return ImportAsync(result.GetValue(file)!, options, result.GetValue(database), console.Output, console.Error, cancellationToken);
        });
        return import;
    }

    private static async Task<int> ImportAsync(
        FileInfo file, RosterImportOptions options, string? database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        FileStream csv;
        try
        {
            csv = file.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot read {file.FullName}: {e.Message}");
            return RosterReport.ExitFailed;
        }

        await using (csv)
        {
            var configuration = Configuration(database);
            await using var services = await CliHost.TryStartAsync(configuration, error);
            if (services is null)
            {
                return RosterReport.ExitFailed;
            }

            await using var scope = services.CreateAsyncScope();
            var importer = new RosterImporter(scope.ServiceProvider.GetRequiredService<LatsarDb>(), scope.ServiceProvider.GetRequiredService<CodeHasher>());
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var audited = options with { Audit = new RosterImportAudit(AuditActor.Cli, AuditOrigin.Cli, now, $"{options.Institution}: {file.Name}") };
            var result = await importer.ImportAsync(csv, audited, cancellationToken);
            foreach (var line in RosterReport.Lines(result))
            {
                await output.WriteLineAsync(line);
            }

            if (result.Error is not null)
            {
                await error.WriteLineAsync("error: " + result.Error);
            }

            return RosterReport.ExitCode(result);
        }
    }

    /// <summary>The CLI's configuration, with --database in place of Database:ConnectionString when given.</summary>
    internal static IConfiguration Configuration(string? database)
    {
        var configuration = CliHost.Configuration();
        return database is null
            ? configuration
            : new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection([new KeyValuePair<string, string?>("Database:ConnectionString", database)])
                .Build();
    }
}
