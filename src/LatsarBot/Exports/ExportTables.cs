using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Mooc;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Exports;

/// <summary>
/// Every export's content, for any set of participants: the CLI passes a cohort's or a class's, the console those of one
/// class within the signed-in scope (<c>ConsoleAccess.Participants</c>). One implementation, two front ends.
/// </summary>
public sealed class ExportTables(LatsarDb db, Evaluasi1Report evaluasi1)
{
    /// <summary>The columns of `mooc export`, whose header organisers' sheets already read: the record's own names.</summary>
    public static readonly IReadOnlyList<string> Evaluasi1Columns = typeof(Evaluasi1Record).GetProperties().Select(p => p.Name).ToList();

    public async Task<ExportTable> BuildAsync(ExportKind kind, IQueryable<Participant> participants, CancellationToken cancellationToken) => kind switch
    {
        ExportKind.Evaluasi1 => await Evaluasi1Async(participants, cancellationToken),
        ExportKind.Attendance => await AttendanceExport.BuildAsync(db, participants, cancellationToken),
        _ => await ActualizationExport.BuildAsync(db, participants, cancellationToken),
    };

    /// <summary>The participants of a cohort by name (and one of its classes when given); null when there is no such cohort.</summary>
    public async Task<IQueryable<Participant>?> OfCohortAsync(string cohort, string? kelas, CancellationToken cancellationToken)
    {
        var cohortId = await db.Cohorts.Where(c => c.Name == cohort).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (cohortId is null)
        {
            return null;
        }

        var query = db.Participants.Where(p => p.Class!.CohortId == cohortId);
        return kelas is null ? query : query.Where(p => p.Class!.Name == kelas);
    }

    private async Task<ExportTable> Evaluasi1Async(IQueryable<Participant> participants, CancellationToken cancellationToken)
    {
        var records = await evaluasi1.ForAsync(participants, cancellationToken);
        var rows = records.Select(r => (IReadOnlyList<object?>)
        [
            r.Record.Nip, r.Record.Name, r.Record.Class, r.Record.TrophiesK, r.Record.TrophiesS1, r.Record.TrophiesS2, r.Record.Trophies,
            r.Record.Stars, r.Record.AttitudeScore, r.Record.PostTestAttempts, r.Record.AcademicScore, r.Record.Status,
        ]).ToList();
        return new ExportTable("Evaluasi 1", Evaluasi1Columns, rows);
    }
}
