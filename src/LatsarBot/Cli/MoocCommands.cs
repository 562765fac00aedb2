using System.CommandLine;
using System.Globalization;
using CsvHelper;
using LatsarBot.Content;
using LatsarBot.Mooc;

namespace LatsarBot.Cli;

/// <summary>`mooc export --cohort NAME`: the Evaluasi 1 record of every participant of a cohort, as CSV for organisers.</summary>
public static class MoocCommands
{
    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var output = new Option<string?>("--out") { Description = "The CSV file to write (default: standard output)." };
        var export = new Command("export", "Write Evaluasi 1 (MOOC) results of a cohort as CSV.") { cohort, output };
        export.SetAction((result, cancellationToken) => ExportAsync(result.GetValue(cohort)!, result.GetValue(output), cancellationToken));
        return new Command("mooc", "MOOC results.") { export };
    }

    private static async Task<int> ExportAsync(string cohort, string? output, CancellationToken cancellationToken)
    {
        var configuration = CliHost.Configuration();
        await using var services = await CliHost.TryStartAsync(configuration, Console.Error, s => s.AddScoped<Evaluasi1Report>());
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<Evaluasi1Report>().ForCohortAsync(cohort, cancellationToken);
        if (records is null)
        {
            await Console.Error.WriteLineAsync($"No cohort named '{cohort}'.");
            return 1;
        }

        await using var writer = output is null ? Console.Out : new StreamWriter(output);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: output is null);
        await csv.WriteRecordsAsync(records, cancellationToken);
        if (output is not null)
        {
            await Console.Error.WriteLineAsync($"{records.Count} participants written to {output}");
        }

        return 0;
    }
}
