using LatsarBot.Roster;

namespace LatsarBot.Staff;

/// <summary>What `staff import` did or would do; all or nothing, so one rejected row means nothing was written.</summary>
public sealed record StaffImportResult
{
    public IReadOnlyList<RosterRowOutcome> Rows { get; init; } = [];

    /// <summary>Why nothing was imported when the file or the options could not be used.</summary>
    public string? Error { get; init; }

    public bool DryRun { get; init; }

    public bool Committed { get; init; }

    /// <summary>Online-stage teachings (staff × class) added.</summary>
    public int TeachingsAdded { get; init; }

    /// <summary>New staff created without an enrolment code (they get one from `participants import --new-codes`).</summary>
    public int WithoutCode { get; init; }

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
        var created = Rows.Count(r => r.Status == RosterRowStatus.Created);
        var updated = Rows.Count(r => r.Status == RosterRowStatus.Updated);
        lines.Add($"{total}: {created} staff {would}created, {updated} {would}updated, {TeachingsAdded} online teaching(s) {would}added{(DryRun ? " (dry run: nothing written)" : "")}");
        if (WithoutCode > 0)
        {
            lines.Add($"{WithoutCode} new staff member(s) have no enrolment code yet: give them one with `participants import FILE --new-codes --codes-out FILE`");
        }

        return lines;
    }
}
