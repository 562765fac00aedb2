namespace LatsarBot.Roster;

/// <summary>
/// Everything an import has to say, for <see cref="RosterReport"/> to print. Enrolment codes are in here only when
/// the console asked for them (<see cref="RosterImportOptions.CodesInResult"/>); the CLI's exist only in the codes file.
/// </summary>
public sealed record RosterImportResult
{
    /// <summary>Every row of the file in file order, rejected or not.</summary>
    public IReadOnlyList<RosterRowOutcome> Rows { get; init; } = [];

    /// <summary>Why nothing was imported, when the file could not be read or the write failed.</summary>
    public string? Error { get; init; }

    public bool DryRun { get; init; }

    /// <summary>True once the changes are committed; false for a dry run, an error or an all-or-nothing refusal.</summary>
    public bool Committed { get; init; }

    /// <summary>Rows were fine to import but some were rejected and the organiser asked for all or nothing.</summary>
    public bool RefusedAsIncomplete => Error is null && !DryRun && !Committed;

    /// <summary>Cohorts and classes the import created (or would create), so a misspelt class name shows up.</summary>
    public IReadOnlyList<RosterNewGroup> NewGroups { get; init; } = [];

    public int CodesIssued { get; init; }

    /// <summary>The new codes in plain text, for the console's one page that shows them; empty for the CLI.</summary>
    public IReadOnlyList<IssuedCode> Codes { get; init; } = [];

    /// <summary>The full path of the codes file, when one was written.</summary>
    public string? CodesFile { get; init; }

    public int Created => Count(RosterRowStatus.Created);

    public int Updated => Count(RosterRowStatus.Updated);

    public int Unchanged => Count(RosterRowStatus.Unchanged);

    public int Rejected => Count(RosterRowStatus.Rejected);

    public static RosterImportResult Failed(string error, IReadOnlyList<RosterRowOutcome>? rows = null) =>
        new() { Error = error, Rows = rows ?? [] };

    private int Count(RosterRowStatus status) => Rows.Count(r => r.Status == status);
}

/// <summary>A cohort (<see cref="Class"/> null) or a class within a cohort, created by an import.</summary>
public sealed record RosterNewGroup(string Cohort, string? Class);
