using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Schedule;
using LatsarBot.Reminders;
using LatsarBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Calendar;

/// <summary>
/// The organiser's side of the phase calendar: one phase from the command line, or a CSV file (cohort, class, phase,
/// from, to) with a report per line. Each accepted change is saved, moves the participants' actualization start
/// dates with it (<see cref="PhaseCalendars"/>), and rebuilds the cohort's reminder triggers.
/// </summary>
public sealed class CalendarEditor(LatsarDb db, ReminderSchedule reminders, IServiceProvider services, TimeProvider clock, SqliteWriteGate gate)
{
    /// <summary>
    /// Sets phases of one cohort (or its classes) by id, as the console's form does: checked together, and when accepted
    /// saved with the participants' start dates moved and the cohort's reminders rebuilt, like a CLI change.
    /// </summary>
    public async Task<PhaseChange> ApplyAsync(int cohortId, IReadOnlyList<PhaseSetting> settings, CancellationToken cancellationToken)
    {
        var change = await PhaseCalendars.SetAsync(db, cohortId, settings, cancellationToken);
        if (change.Accepted)
        {
            await SaveAndRescheduleAsync(cohortId, cancellationToken);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return change;
    }

    /// <summary>Sets one phase; the lines to print and whether it was accepted.</summary>
    public async Task<(bool Ok, IReadOnlyList<string> Lines)> SetAsync(string cohort, string? className, string phase, string from, string? to, CancellationToken cancellationToken)
    {
        var parsed = await ParseAsync(cohort, className, phase, from, to, cancellationToken);
        if (parsed.Error is not null)
        {
            return (false, [parsed.Error]);
        }

        var change = await PhaseCalendars.SetAsync(db, parsed.CohortId, [parsed.Setting!], cancellationToken);
        if (!change.Accepted)
        {
            return (false, change.Problems.Select(p => "refused: " + p).ToList());
        }

        await SaveAndRescheduleAsync(parsed.CohortId, cancellationToken);
        var s = parsed.Setting!;
        return (true, [$"{cohort}{(className is null ? "" : " / " + className)}: {s.Phase.Code()} {s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd}" + Moved(change)]);
    }

    /// <summary>
    /// Imports a CSV (header cohort,class,phase,from,to; ',' or ';'). Lines that cannot be read are reported and left
    /// out; the rest are applied per cohort together, so phase order is judged on the final dates. A cohort whose
    /// dates break a rule gets none of its lines applied, and each of its lines says why.
    /// </summary>
    public async Task<(bool Ok, IReadOnlyList<string> Lines)> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var text = await csv.ReadToEndAsync(cancellationToken);
        var delimiter = text.Split('\n')[0].Contains(';', StringComparison.Ordinal) ? ";" : ",";
        using var reader = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            HeaderValidated = null,
        });
        var report = new List<string>();
        var ok = true;
        if (!await reader.ReadAsync() || !reader.ReadHeader() || new[] { "cohort", "phase", "from" }.Any(h => !reader.HeaderRecord!.Select(x => x.Trim().ToLowerInvariant()).Contains(h)))
        {
            return (false, ["line 1: the header must name the columns cohort, class, phase, from, to."]);
        }

        var byCohort = new Dictionary<int, List<(int Line, PhaseSetting Setting)>>();
        while (await reader.ReadAsync())
        {
            var line = reader.Parser.RawRow;
            var parsed = await ParseAsync(Field(reader, "cohort"), NullIfEmpty(Field(reader, "class")), Field(reader, "phase"), Field(reader, "from"), NullIfEmpty(Field(reader, "to")), cancellationToken);
            if (parsed.Error is not null)
            {
                report.Add($"line {line}: {parsed.Error}");
                ok = false;
                continue;
            }

            if (!byCohort.TryGetValue(parsed.CohortId, out var list))
            {
                byCohort[parsed.CohortId] = list = [];
            }

            list.Add((line, parsed.Setting!));
        }

        foreach (var (cohortId, lines) in byCohort)
        {
            var change = await PhaseCalendars.SetAsync(db, cohortId, lines.Select(l => l.Setting).ToList(), cancellationToken);
            if (!change.Accepted)
            {
                ok = false;
                foreach (var (line, setting) in lines)
                {
                    var mine = change.Problems.Where(p => p.Contains(setting.Phase.Code(), StringComparison.Ordinal)).DefaultIfEmpty(change.Problems[0]);
                    report.Add($"line {line}: refused ({setting.Phase.Code()}): {string.Join(" ", mine)}");
                }

                db.ChangeTracker.Clear();
                continue;
            }

            await SaveAndRescheduleAsync(cohortId, cancellationToken);
            report.AddRange(lines.Select(l => $"line {l.Line}: ok {l.Setting.Phase.Code()} {l.Setting.From:yyyy-MM-dd}..{l.Setting.To:yyyy-MM-dd}"));
            if (change.PlansMoved > 0)
            {
                report.Add($"cohort {cohortId}:{Moved(change)}");
            }
        }

        report.Sort((a, b) => LineNumber(a).CompareTo(LineNumber(b)));
        return (ok, report);
    }

    private async Task SaveAndRescheduleAsync(int cohortId, CancellationToken cancellationToken)
    {
        // Through the gate: in the host the console saves here while turns write too (SQLite takes one writer at a time).
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        await reminders.RebuildAsync(db, LatsarScheduler.Get(services), cohortId, clock.GetUtcNow(), cancellationToken);
    }

    private async Task<(string? Error, int CohortId, PhaseSetting? Setting)> ParseAsync(string cohort, string? className, string phaseText, string fromText, string? toText, CancellationToken cancellationToken)
    {
        var cohortId = await db.Cohorts.Where(c => c.Name == cohort.Trim()).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (cohortId is null)
        {
            return ($"no cohort named '{cohort}'.", 0, null);
        }

        int? classId = null;
        if (className is not null)
        {
            classId = await db.Classes.Where(c => c.CohortId == cohortId && c.Name == className.Trim()).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (classId is null)
            {
                return ($"cohort '{cohort}' has no class named '{className}'.", 0, null);
            }
        }

        if (Phases.TryParse(phaseText) is not { } phase)
        {
            return ($"'{phaseText}' is not a phase; expected mooc, online, actualization, classical or graduation.", 0, null);
        }

        if (!TryDate(fromText, out var from))
        {
            return ($"from '{fromText}' is not a date YYYY-MM-DD.", 0, null);
        }

        DateOnly to;
        if (toText is null)
        {
            DateOnly? implied = phase switch
            {
                Phase.Actualization => from.AddDays(PhaseCalendar.ActualizationDays - 1),
                Phase.Classical => from.AddDays(PhaseCalendar.ClassicalDays - 1),
                Phase.Graduation => from,
                _ => null,
            };
            if (implied is null)
            {
                return ($"{phase.Code()} needs a 'to' date.", 0, null);
            }

            to = implied.Value;
        }
        else if (!TryDate(toText, out to))
        {
            return ($"to '{toText}' is not a date YYYY-MM-DD.", 0, null);
        }

        var single = PhaseCalendar.For([], null).With(phase, from, to).Problems();
        return single.Count > 0 ? (string.Join(" ", single), 0, null) : (null, cohortId.Value, new PhaseSetting(classId, phase, from, to));
    }

    private static string Moved(PhaseChange change) =>
        change.PlansMoved > 0 ? $" ({change.PlansMoved} participants' actualization day 1 moved with it)" : "";

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Field(CsvReader reader, string name) => reader.TryGetField<string>(name, out var value) ? value ?? "" : "";

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static int LineNumber(string line) =>
        line.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(line[5..line.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
