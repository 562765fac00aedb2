using LatsarBot.Roster;

namespace LatsarBot.Sheets;

/// <summary>
/// What an all-or-nothing CSV import did or would do (one rejected row and nothing is written): its rows in file order,
/// and the report an organiser reads, one line per rejected row then a summary that each import words itself.
/// </summary>
public abstract record SheetImportResult
{
    public IReadOnlyList<RosterRowOutcome> Rows { get; init; } = [];

    /// <summary>Why nothing was imported when the file or the options could not be used.</summary>
    public string? Error { get; init; }

    public bool DryRun { get; init; }

    public bool Committed { get; init; }

    public int Rejected => Rows.Count(r => r.Status == RosterRowStatus.Rejected);

    protected int Count(RosterRowStatus status) => Rows.Count(r => r.Status == status);

    public IReadOnlyList<string> Lines()
    {
        var lines = Rows.Where(r => r.Status == RosterRowStatus.Rejected)
            .Select(r => $"line {r.Line}: {(string.IsNullOrEmpty(r.Nip) ? "no NIP" : "NIP " + r.Nip)} — {string.Join("; ", r.Reasons)}")
            .ToList();
        if (Error is not null)
        {
            return lines;
        }

        var total = $"{Rows.Count} row{(Rows.Count == 1 ? "" : "s")}";
        if (Rejected > 0)
        {
            lines.Add($"{total}: {Rejected} rejected, so nothing was imported; fix the lines above and import the file again");
            return lines;
        }

        lines.AddRange(Summary(total, would: Committed ? "" : "would be ", dryRun: DryRun ? " (dry run: nothing written)" : ""));
        return lines;
    }

    /// <summary>The closing lines of an import without rejected rows.</summary>
    protected abstract IEnumerable<string> Summary(string total, string would, string dryRun);
}
