using System.CommandLine;
using LatsarBot.Exports;

namespace LatsarBot.Cli;

/// <summary>`mooc export --cohort NAME`: the Evaluasi 1 record of every participant of a cohort, as CSV (or XLSX) for organisers.</summary>
public static class MoocCommands
{
    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output); a name ending in .xlsx writes XLSX." };
        var database = new Option<string?>("--database") { Description = "A connection string to use instead of Database:ConnectionString." };
        var export = new Command("export", "Write Evaluasi 1 (MOOC) results of a cohort as CSV or XLSX (the same as `export evaluasi1`).") { cohort, output, database };
        export.SetAction((result, cancellationToken) => ExportCommands.RunAsync(
            ExportKind.Evaluasi1, result.GetValue(cohort)!, null, result.GetValue(output), null, result.GetValue(database), Console.Out, Console.Error, cancellationToken));
        return new Command("mooc", "MOOC results.") { export };
    }
}
