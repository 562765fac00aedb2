using System.CommandLine;
using System.Globalization;
using LatsarBot.Actualization;
using LatsarBot.Content;
using LatsarBot.Data;
using LatsarBot.Dialogs.Actualization;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Cli;

/// <summary>
/// `actualization start --cohort NAME --date YYYY-MM-DD`: day 1 of the 30-day actualization for a whole cohort (its phase calendar);
/// `actualization weekly-summary --cohort NAME --week N`: the week's summary to each participant and their coach.
/// </summary>
public static class ActualizationCommands
{
    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var date = new Option<string>("--date") { Description = "Day 1 of the actualization, YYYY-MM-DD.", Required = true };
        var start = new Command("start", "Set the actualization start date of every participant of a cohort.") { cohort, date };
        start.SetAction((result, cancellationToken) => StartAsync(result.GetValue(cohort)!, result.GetValue(date)!, cancellationToken));
        return new Command("actualization", "The 30-day workplace actualization.") { start, BuildPlanImport(), BuildWeeklySummary() };
    }

    private static Command BuildPlanImport()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "CSV with a header: nip, kegiatan/activity, output/expected_output, nilai_berakhlak/values, misi/mission; optionally nip_mentor, nama_mentor, hp_mentor.",
        };
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) the participants belong to.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change, writing nothing." };
        var database = new CliDatabase();
        var import = new Command("plan-import", "Import planned activities of the rancangan aktualisasi (and mentors), upserting by NIP + activity; all or nothing.")
        {
            file, cohort, dryRun, database.ConnectionString, database.Provider,
        };
        import.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            return PlanImportAsync(result.GetValue(file)!, result.GetValue(cohort)!, result.GetValue(dryRun), database.Configuration(result), console.Output, console.Error, cancellationToken);
        });
        return import;
    }

    private static async Task<int> PlanImportAsync(
        FileInfo file, string cohort, bool dryRun, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
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
        var importer = new PlanImporter(scope.ServiceProvider.GetRequiredService<LatsarDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var result = await importer.ImportAsync(csv, cohort, dryRun, cancellationToken);
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
            await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.PlanImport, $"{cohort}: {file.Name}", result.Lines()[^1], cohort: cohort, cancellationToken: cancellationToken);
        }

        return result.Rejected > 0 ? 2 : 0;
    }

    private static async Task<int> StartAsync(string cohort, string dateText, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            await Console.Error.WriteLineAsync($"'{dateText}' is not a date in the form YYYY-MM-DD.");
            return 1;
        }

        var configuration = CliHost.Configuration();
        await using var services = await CliHost.TryStartAsync(configuration, Console.Error);
        if (services is null)
        {
            return 1;
        }

        // The same as `calendar set --phase actualization`: the cohort's calendar and its participants' day 1 stay one.
        await using var scope = services.CreateAsyncScope();
        var (ok, lines) = await scope.ServiceProvider.GetRequiredService<Calendar.CalendarEditor>()
            .SetAsync(cohort, null, "actualization", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, cancellationToken);
        foreach (var line in lines)
        {
            await Console.Error.WriteLineAsync(line);
        }

        if (!ok)
        {
            return 1;
        }

        await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.ActualizationStart, cohort, $"day 1: {date:yyyy-MM-dd}", cohort: cohort, cancellationToken: cancellationToken);
        await Console.Error.WriteLineAsync($"Actualization day 1 is {date:yyyy-MM-dd} for {cohort}.");
        return 0;
    }

    private static Command BuildWeeklySummary()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var week = new Option<int>("--week") { Description = "The week of the 30 days: 1 (days 1–7) … 5 (days 29–30).", Required = true };
        var command = new Command("weekly-summary", "Send the week's actualization summary to each participant of a cohort and one to each of their coaches.") { cohort, week };
        command.SetAction((result, cancellationToken) => WeeklySummaryAsync(result.GetValue(cohort)!, result.GetValue(week), cancellationToken));
        return command;
    }

    private static async Task<int> WeeklySummaryAsync(string cohortName, int week, CancellationToken cancellationToken)
    {
        if (week is < 1 or > Core.Actualization.ActualizationSchedule.Weeks)
        {
            await Console.Error.WriteLineAsync($"--week must be 1–{Core.Actualization.ActualizationSchedule.Weeks} (days 1–7, 8–14, 15–21, 22–28, 29–30).");
            return 1;
        }

        var configuration = CliHost.Configuration();
        await using var services = await CliHost.TryStartAsync(configuration, Console.Error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var cohort = await db.Cohorts.Where(c => c.Name == cohortName).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (cohort is null || await services.GetRequiredService<Learning.Actualization.Report.WeeklySummaries>().EnqueueAsync(db, cohort.Value, week, now, cancellationToken) is not { } result)
        {
            await Console.Error.WriteLineAsync($"No cohort named '{cohortName}'.");
            return 1;
        }

        await Console.Error.WriteLineAsync(
            $"Week {week} summary of {cohortName}: {result.Queued} queued, {result.AlreadyQueued} already queued before, {result.Unreachable.Count} without a reachable chat.");
        return 0;
    }
}
