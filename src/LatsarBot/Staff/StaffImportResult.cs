using LatsarBot.Roster;
using LatsarBot.Sheets;

namespace LatsarBot.Staff;

/// <summary>What `staff import` did or would do.</summary>
public sealed record StaffImportResult : SheetImportResult
{
    /// <summary>Online-stage teachings (staff × class) added.</summary>
    public int TeachingsAdded { get; init; }

    /// <summary>New staff created without an enrolment code (they get one from `participants import --new-codes`).</summary>
    public int WithoutCode { get; init; }

    protected override IEnumerable<string> Summary(string total, string would, string dryRun)
    {
        yield return $"{total}: {Count(RosterRowStatus.Created)} staff {would}created, {Count(RosterRowStatus.Updated)} {would}updated, {TeachingsAdded} online teaching(s) {would}added{dryRun}";
        if (WithoutCode > 0)
        {
            yield return $"{WithoutCode} new staff member(s) have no enrolment code yet: give them one with `participants import FILE --new-codes --codes-out FILE`";
        }
    }
}
