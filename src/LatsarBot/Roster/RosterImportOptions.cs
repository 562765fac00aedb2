namespace LatsarBot.Roster;

/// <summary>What the organiser asked of one import (the `participants import` options).</summary>
public sealed record RosterImportOptions
{
    /// <summary>The training institution the roster belongs to; created when missing.</summary>
    public required string Institution { get; init; }

    /// <summary>Who participants contact when stuck; set on the institution when given.</summary>
    public string? Contact { get; init; }

    /// <summary>Where the new enrolment codes go (nip,name,code). Must not exist yet, so earlier codes are never overwritten.</summary>
    public string? CodesOut { get; init; }

    /// <summary>Also give a fresh code to existing people who have not bound a chat yet.</summary>
    public bool NewCodes { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Import nothing when any row is rejected.</summary>
    public bool AllOrNothing { get; init; }

    /// <summary>
    /// The console's class: a row that leaves both cohort and class blank goes into this one. Set before the rules
    /// run, so the preview and the import agree.
    /// </summary>
    public RosterDefaultClass? DefaultClass { get; init; }

    /// <summary>
    /// The console's way with new codes: returned in <see cref="RosterImportResult.Codes"/> for the one page that shows
    /// them, instead of a codes file on the server.
    /// </summary>
    public bool CodesInResult { get; init; }

    /// <summary>Who asked, recorded in the audit log in the import's own transaction; null records nothing.</summary>
    public RosterImportAudit? Audit { get; init; }
}

public sealed record RosterDefaultClass(string Cohort, string Class);

public sealed record RosterImportAudit(Data.Audit.AuditActor Actor, Data.Audit.AuditOrigin Origin, DateTimeOffset At, string Subject);
