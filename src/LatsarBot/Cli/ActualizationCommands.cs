using System.CommandLine;
using System.Globalization;
using LatsarBot.Content;
using LatsarBot.Data;
using LatsarBot.Dialogs.Actualization;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Cli;

/// <summary>
/// `actualization start --cohort NAME --date YYYY-MM-DD`: day 1 of the 30-day actualization for a whole cohort;
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
        return new Command("actualization", "The 30-day workplace actualization.") { start, BuildWeeklySummary() };
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

        await using var scope = services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<ActualizationLogbook>().SetCohortStartAsync(cohort, date, cancellationToken);
        if (count is null)
        {
            await Console.Error.WriteLineAsync($"No cohort named '{cohort}'.");
            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<LatsarDb>().SaveChangesAsync(cancellationToken);
        await Console.Error.WriteLineAsync($"Actualization day 1 is {date:yyyy-MM-dd} for {count} participants of {cohort}.");
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
        if (cohort is null || await services.GetRequiredService<Dialogs.Actualization.Report.WeeklySummaries>().EnqueueAsync(db, cohort.Value, week, now, cancellationToken) is not { } result)
        {
            await Console.Error.WriteLineAsync($"No cohort named '{cohortName}'.");
            return 1;
        }

        await Console.Error.WriteLineAsync(
            $"Week {week} summary of {cohortName}: {result.Queued} queued, {result.AlreadyQueued} already queued before, {result.Unreachable.Count} without a reachable chat.");
        return 0;
    }
}
