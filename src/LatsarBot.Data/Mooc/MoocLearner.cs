using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Mooc.Trophies;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Mooc;

/// <summary>
/// One participant's MOOC standing, loaded once per turn from the turn's DbContext: position, unit
/// records, trophies per category and the minimums. Decisions come from the Core rules; this only
/// gathers their inputs and writes their outcomes.
/// </summary>
public sealed class MoocLearner(LatsarDb db, MoocCurriculum curriculum, MoocRules rules)
{
    private MoocProgress? _progress;
    private Dictionary<string, UnitProgress>? _units;

    public MoocCurriculum Curriculum => curriculum;

    public MoocRules Rules => rules;

    public async Task<MoocProgress> ProgressAsync(int participantId, CancellationToken cancellationToken)
    {
        if (_progress is null)
        {
            _progress = await db.MoocProgress.FirstOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);
            if (_progress is null)
            {
                _progress = new MoocProgress { ParticipantId = participantId };
                db.MoocProgress.Add(_progress);
            }
        }

        return _progress;
    }

    public async Task<Dictionary<string, UnitProgress>> UnitsAsync(int participantId, CancellationToken cancellationToken) =>
        _units ??= await db.UnitProgress.Where(u => u.ParticipantId == participantId).ToDictionaryAsync(u => u.UnitId, cancellationToken);

    public async Task<UnitProgress> UnitAsync(int participantId, string unitId, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(participantId, cancellationToken);
        if (!units.TryGetValue(unitId, out var unit))
        {
            unit = new UnitProgress { ParticipantId = participantId, UnitId = unitId };
            db.UnitProgress.Add(unit);
            units[unitId] = unit;
        }

        return unit;
    }

    public CategoryCounts Earned(IReadOnlyDictionary<string, UnitProgress> units)
    {
        return CategoryCounts.Of(curriculum.Units.Where(u => units.TryGetValue(u.Id, out var p) && p.TrophyAt is not null).Select(u => u.Category));
    }

    public CategoryCounts Available => curriculum.Available;

    public MinimumsStatus Minimums(IReadOnlyDictionary<string, UnitProgress> units) => MinimumsStatus.Evaluate(Earned(units), Available, rules);

    /// <summary>The first unit, in learning order, that has not yet given its trophy.</summary>
    public Unit? NextUnit(IReadOnlyDictionary<string, UnitProgress> units) =>
        curriculum.Units.FirstOrDefault(u => !units.TryGetValue(u.Id, out var p) || p.TrophyAt is null);

    /// <summary>The unit after <paramref name="unitId"/> in learning order, skipping those already trophied.</summary>
    public Unit? UnitAfter(string unitId, IReadOnlyDictionary<string, UnitProgress> units) =>
        curriculum.Units.SkipWhile(u => u.Id != unitId).Skip(1)
            .FirstOrDefault(u => !units.TryGetValue(u.Id, out var p) || p.TrophyAt is null)
        ?? NextUnit(units);
}
