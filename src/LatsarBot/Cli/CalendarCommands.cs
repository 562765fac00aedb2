using System.CommandLine;
using LatsarBot.Calendar;

namespace LatsarBot.Cli;

/// <summary>`calendar set …` and `calendar import FILE`: the phase calendar of a cohort or class (<see cref="CalendarEditor"/>).</summary>
public static class CalendarCommands
{
    public static Command Build()
    {
        var cohort = new Option<string>("--cohort") { Description = "The cohort (angkatan) name.", Required = true };
        var className = new Option<string?>("--class") { Description = "A class of the cohort whose dates differ from the cohort's." };
        var phase = new Option<string>("--phase") { Description = "mooc, online, actualization, classical or graduation.", Required = true };
        var from = new Option<string>("--from") { Description = "First day, YYYY-MM-DD (for actualization: day 1).", Required = true };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD; implied for actualization (30 days), classical (6 days) and graduation (1 day)." };
        var set = new Command("set", "Set the dates of one phase for a cohort or one of its classes.") { cohort, className, phase, from, to };
        set.SetAction((r, ct) => RunAsync(
            $"{r.GetValue(cohort)}{(r.GetValue(className) is { } kelas ? " / " + kelas : "")}: {r.GetValue(phase)}", r.GetValue(cohort),
            editor => editor.SetAsync(r.GetValue(cohort)!, r.GetValue(className), r.GetValue(phase)!, r.GetValue(from)!, r.GetValue(to), ct)));

        var file = new Argument<FileInfo>("file") { Description = "CSV with the header cohort,class,phase,from,to (',' or ';'); class may be empty." };
        var import = new Command("import", "Import phase dates from a CSV file, reporting each line; exit 2 when a line was refused.") { file };
        import.SetAction((r, ct) => RunAsync(r.GetValue(file)!.Name, null, async editor =>
        {
            var path = r.GetValue(file)!;
            if (!path.Exists)
            {
                return (false, (IReadOnlyList<string>)[$"error: {path.FullName} does not exist."]);
            }

            using var reader = path.OpenText();
            return await editor.ImportAsync(reader, ct);
        }));

        return new Command("calendar", "The phase calendar (MOOC, online, actualization, classical, graduation) of cohorts and classes.") { set, import };
    }

    private static async Task<int> RunAsync(string subject, string? cohort, Func<CalendarEditor, Task<(bool Ok, IReadOnlyList<string> Lines)>> action)
    {
        await using var services = await CliHost.TryStartAsync(CliHost.Configuration(), Console.Error);
        if (services is null)
        {
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var (ok, lines) = await action(scope.ServiceProvider.GetRequiredService<CalendarEditor>());
        foreach (var line in lines)
        {
            await (ok ? Console.Out : Console.Error).WriteLineAsync(line);
        }

        if (ok)
        {
            await CliAudit.RecordAsync(scope.ServiceProvider, Data.Audit.AuditActions.CalendarSet, subject, string.Join("; ", lines), cohort: cohort);
        }

        return ok ? 0 : 2;
    }
}
