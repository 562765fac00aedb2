using LatsarBot.Roster;

namespace LatsarBot.Actualization;

/// <summary>What `actualization plan-import` did or would do. All or nothing: one rejected row and nothing is written.</summary>
public sealed record PlanImportResult
{
    /// <summary>Every row in file order; Created/Updated/Unchanged speak of the row's planned activity (or its mentor alone).</summary>
    public IReadOnlyList<RosterRowOutcome> Rows { get; init; } = [];

    public string? Error { get; init; }

    public bool DryRun { get; init; }

    public bool Committed { get; init; }

    public int MentorsSet { get; init; }

    public int MentorsCreated { get; init; }

    public int Rejected => Rows.Count(r => r.Status == RosterRowStatus.Rejected);

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

        var would = Committed ? "" : "would be ";
        lines.Add($"{total}: {Rows.Count(r => r.Status == RosterRowStatus.Created)} activities {would}added, "
            + $"{Rows.Count(r => r.Status == RosterRowStatus.Updated)} {would}updated, {Rows.Count(r => r.Status == RosterRowStatus.Unchanged)} unchanged; "
            + $"{MentorsSet} mentor(s) {would}set ({MentorsCreated} new){(DryRun ? " (dry run: nothing written)" : "")}");
        return lines;
    }
}
