namespace LatsarBot.Roster;

/// <summary>
/// What `participants import` prints and returns: a line per rejected row the organiser can fix in the
/// spreadsheet, then a one-line summary. Kept apart from the command so the wording is testable.
/// </summary>
public static class RosterReport
{
    public const int ExitImported = 0;
    public const int ExitFailed = 1;
    public const int ExitSomeRejected = 2;

    public static int ExitCode(RosterImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error is not null ? ExitFailed : result.Rejected > 0 ? ExitSomeRejected : ExitImported;
    }

    /// <summary>The lines for stdout; <see cref="RosterImportResult.Error"/> is the caller's to print on stderr.</summary>
    public static IReadOnlyList<string> Lines(RosterImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Rows
            .Where(r => r.Status == RosterRowStatus.Rejected)
            .Select(r => $"line {r.Line}: {(string.IsNullOrEmpty(r.Nip) ? "no NIP" : "NIP " + r.Nip)} — {string.Join("; ", r.Reasons)}")
            .ToList();
        if (result.Error is not null)
        {
            return lines;
        }

        var would = result.Committed ? "" : "would be ";
        if (!result.RefusedAsIncomplete)
        {
            lines.AddRange(result.NewGroups.Select(g => g.Class is null
                ? $"new cohort {would}created: {g.Cohort}"
                : $"new class {would}created: {g.Cohort} / {g.Class}"));
        }

        if (result.CodesFile is not null)
        {
            lines.Add($"{result.CodesIssued} enrolment code(s) written to {result.CodesFile}");
        }
        else if (result.DryRun && result.CodesIssued > 0)
        {
            lines.Add($"{result.CodesIssued} enrolment code(s) would be issued");
        }

        lines.Add(Summary(result));
        return lines;
    }

    private static string Summary(RosterImportResult result)
    {
        var total = $"{result.Rows.Count} row{(result.Rows.Count == 1 ? "" : "s")}";
        if (result.RefusedAsIncomplete)
        {
            return $"{total}: {result.Rejected} rejected, so nothing was imported (--all-or-nothing)";
        }

        var counts = result.DryRun
            ? $"{result.Created} to create, {result.Updated} to update"
            : $"{result.Created} created, {result.Updated} updated";
        var unchanged = result.Unchanged > 0 ? $", {result.Unchanged} unchanged" : "";
        var dryRun = result.DryRun ? " (dry run: nothing written)" : "";
        return $"{total}: {counts}{unchanged}, {result.Rejected} rejected{dryRun}";
    }
}
