using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Roster;

/// <summary>
/// One institution's cohorts and classes, created on first mention. Names match regardless of case, so
/// "kelas a" in one row and "Kelas A" in the next (or in last month's import) do not become two classes.
/// </summary>
internal sealed class RosterGroups
{
    private readonly LatsarDb _db;
    private readonly Institution _institution;
    private readonly Dictionary<string, Cohort> _cohorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RosterNewGroup> _created = [];

    private RosterGroups(LatsarDb db, Institution institution)
    {
        _db = db;
        _institution = institution;
    }

    /// <summary>The cohorts and classes created so far, in the order the file first named them.</summary>
    public IReadOnlyList<RosterNewGroup> Created => _created;

    public static async Task<RosterGroups> LoadAsync(LatsarDb db, Institution institution, CancellationToken cancellationToken)
    {
        var groups = new RosterGroups(db, institution);
        if (institution.Id == 0)
        {
            return groups;
        }

        var cohorts = await db.Cohorts.Include(c => c.Classes)
            .Where(c => c.InstitutionId == institution.Id)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var cohort in cohorts)
        {
            groups._cohorts.TryAdd(cohort.Name, cohort);
        }

        return groups;
    }

    public TrainingClass Class(string cohortName, string className)
    {
        if (!_cohorts.TryGetValue(cohortName, out var cohort))
        {
            cohort = new Cohort { Institution = _institution, Name = cohortName };
            _db.Cohorts.Add(cohort);
            _cohorts.Add(cohortName, cohort);
            _created.Add(new RosterNewGroup(cohortName, null));
        }

        var kelas = cohort.Classes.OrderBy(k => k.Id).FirstOrDefault(k => string.Equals(k.Name, className, StringComparison.OrdinalIgnoreCase));
        if (kelas is null)
        {
            kelas = new TrainingClass { Cohort = cohort, Name = className };
            cohort.Classes.Add(kelas);
            _db.Classes.Add(kelas);
            _created.Add(new RosterNewGroup(cohort.Name, className));
        }

        return kelas;
    }
}
