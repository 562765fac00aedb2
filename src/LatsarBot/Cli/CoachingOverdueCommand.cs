using System.CommandLine;
using LatsarBot.Data;
using LatsarBot.Data.Coaching;

namespace LatsarBot.Cli;

/// <summary>`coaching overdue [--cohort NAME]`: coaching threads whose participant has waited past the coach's reply deadline.</summary>
public static class CoachingOverdueCommand
{
    public static Command Build()
    {
        var cohort = new Option<string?>("--cohort") { Description = "Only this cohort (angkatan), by name." };
        var overdue = new Command("overdue", "List coaching threads past their reply deadline, oldest deadline first.") { cohort };
        overdue.SetAction((result, cancellationToken) => OverdueAsync(result.GetValue(cohort), cancellationToken));
        return overdue;
    }

    private static async Task<int> OverdueAsync(string? cohort, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.TryStartAsync(CliHost.Configuration(), Console.Error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var threads = await CoachingThreads.OverdueAsync(db, now, cohort: cohort, cancellationToken: cancellationToken);
        foreach (var t in threads)
        {
            await Console.Out.WriteLineAsync(
                $"{t.ParticipantName} (NDH {t.Ndh?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {t.ClassName}, {t.CohortName})"
                + $" | coach {t.CoachName ?? "-"} | waiting since {t.WaitingSince.UtcDateTime:yyyy-MM-dd HH:mm} UTC | due {t.DueAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        }

        await Console.Error.WriteLineAsync(threads.Count == 0
            ? "No coaching thread is past its deadline."
            : $"{threads.Count} coaching thread(s) past their deadline.");
        return 0;
    }
}
