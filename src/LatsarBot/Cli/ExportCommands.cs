using System.CommandLine;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Exports;
using LatsarBot.Mooc;

namespace LatsarBot.Cli;

/// <summary>
/// `export evaluasi1|kehadiran|aktualisasi --cohort NAME [--class NAME] [--out FILE] [--format csv|xlsx]`: the console's
/// exports from the command line, through the same <see cref="ExportTables"/> and <see cref="ExportWriter"/>.
/// </summary>
public static class ExportCommands
{
    public static Command Build()
    {
        var kind = new Argument<string>("kind") { Description = "evaluasi1 (the MOOC record), kehadiran (attendance as recorded) or aktualisasi (actualization progress)." };
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var kelas = new Option<string?>("--class") { Description = "Only this class of the cohort." };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output, CSV only); a name ending in .xlsx writes XLSX." };
        var format = new Option<string?>("--format") { Description = "csv or xlsx (default: from the --out name, else csv)." };
        var database = new Option<string?>("--database") { Description = "A connection string to use instead of Database:ConnectionString." };
        var export = new Command("export", "Export a cohort's Evaluasi 1, attendance or actualization progress as CSV or XLSX.") { kind, cohort, kelas, output, format, database };
        export.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            if (ExportKinds.TryParse(result.GetValue(kind)) is not { } parsed)
            {
                console.Error.WriteLine($"error: unknown export '{result.GetValue(kind)}'; use evaluasi1, kehadiran or aktualisasi");
                return Task.FromResult(1);
            }

            return RunAsync(parsed, result.GetValue(cohort)!, result.GetValue(kelas), result.GetValue(output), result.GetValue(format), result.GetValue(database),
                console.Output, console.Error, cancellationToken);
        });
        return export;
    }

    /// <summary>Also `mooc export`'s body: one export to a file or standard output, recorded in the audit log.</summary>
    public static async Task<int> RunAsync(
        ExportKind kind, string cohort, string? kelas, string? output, string? formatName, string? database, TextWriter stdout, TextWriter error,
        CancellationToken cancellationToken)
    {
        var format = formatName is null ? ExportFormats.OfPath(output) : ExportFormats.TryParse(formatName);
        if (format is null)
        {
            await error.WriteLineAsync($"error: unknown format '{formatName}'; use csv or xlsx");
            return 1;
        }

        if (format == ExportFormat.Xlsx && output is null)
        {
            await error.WriteLineAsync("error: an XLSX export needs --out FILE");
            return 1;
        }

        await using var services = await CliHost.TryStartAsync(ParticipantsCommands.Configuration(database), error, s =>
        {
            s.AddScoped<Evaluasi1Report>();
            s.AddScoped<ExportTables>();
        });
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var tables = scope.ServiceProvider.GetRequiredService<ExportTables>();
        if (await tables.OfCohortAsync(cohort, kelas, cancellationToken) is not { } participants)
        {
            await error.WriteLineAsync($"No cohort named '{cohort}'.");
            return 1;
        }

        var table = await tables.BuildAsync(kind, participants, cancellationToken);
        if (output is null)
        {
            await ExportWriter.WriteCsvAsync(table, stdout, cancellationToken);
            await stdout.FlushAsync(cancellationToken);
        }
        else
        {
            await using var file = File.Create(output);
            await ExportWriter.WriteAsync(table, format.Value, file, cancellationToken);
            await error.WriteLineAsync($"{table.Rows.Count} participants written to {output}");
        }

        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await AuditLog.RecordAsync(db, now, AuditActor.Cli, AuditActions.Export, kelas is null ? cohort : $"{cohort} / {kelas}",
            $"{kind.Slug()} {format.Value.Extension()}, {table.Rows.Count} participants", AuditOrigin.Cli, cancellationToken: cancellationToken);
        return 0;
    }
}
