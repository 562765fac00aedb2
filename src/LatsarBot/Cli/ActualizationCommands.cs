using System.CommandLine;
using System.Globalization;
using LatsarBot.Content;

namespace LatsarBot.Cli;

/// <summary>`actualization start --cohort NAME --date YYYY-MM-DD`: day 1 of the 30-day actualization for a whole cohort (its phase calendar).</summary>
public static class ActualizationCommands
{
    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name, as on the roster.", Required = true };
        var date = new Option<string>("--date") { Description = "Day 1 of the actualization, YYYY-MM-DD.", Required = true };
        var start = new Command("start", "Set the actualization start date of every participant of a cohort.") { cohort, date };
        start.SetAction((result, cancellationToken) => StartAsync(result.GetValue(cohort)!, result.GetValue(date)!, cancellationToken));
        return new Command("actualization", "The 30-day workplace actualization.") { start };
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

        await Console.Error.WriteLineAsync($"Actualization day 1 is {date:yyyy-MM-dd} for {cohort}.");
        return 0;
    }
}
