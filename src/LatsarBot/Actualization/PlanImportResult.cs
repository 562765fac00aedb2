using LatsarBot.Roster;
using LatsarBot.Sheets;

namespace LatsarBot.Actualization;

/// <summary>What `actualization plan-import` did or would do; Created/Updated/Unchanged speak of a row's planned activity (or its mentor alone).</summary>
public sealed record PlanImportResult : SheetImportResult
{
    public int MentorsSet { get; init; }

    public int MentorsCreated { get; init; }

    protected override IEnumerable<string> Summary(string total, string would, string dryRun)
    {
        yield return $"{total}: {Count(RosterRowStatus.Created)} activities {would}added, {Count(RosterRowStatus.Updated)} {would}updated, "
            + $"{Count(RosterRowStatus.Unchanged)} unchanged; {MentorsSet} mentor(s) {would}set ({MentorsCreated} new){dryRun}";
    }
}
