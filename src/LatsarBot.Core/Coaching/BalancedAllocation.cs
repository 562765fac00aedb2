namespace LatsarBot.Core.Coaching;

/// <summary>
/// Spreads units of work over staff as evenly as eligibility allows. Each group (a class's participants, or one
/// (class, agenda) slot) has a demand and the staff who may take it. Start greedy, then move one unit at a time
/// along a path from a member of staff to one carrying at least two fewer (through groups both may serve) until no
/// such path exists. That end state is an optimal semi-matching (Harvey, Ladner, Lovász and Tamir, 2003): its load
/// vector is majorized by every other feasible one, so the heaviest load is as light and the lightest as heavy as
/// the constraints allow; max − min ≤ 1 whenever any assignment achieves it.
/// Deterministic: staff and groups are visited in index order, and callers index them by id.
/// </summary>
public static class BalancedAllocation
{
    /// <summary>
    /// <paramref name="eligible"/>[g] lists the staff indexes group g may use (non-empty, ascending);
    /// <paramref name="baseLoads"/>[s] is what staff s carries already. <paramref name="current"/>[g], when given, lists
    /// the staff index of each unit of group g as it stands today (ineligible ones are ignored): the search starts there
    /// and only moves what the balance needs, so a run over unchanged data changes little. Returns units per [group][staff].
    /// </summary>
    public static int[][] Allocate(
        IReadOnlyList<int> demands, IReadOnlyList<IReadOnlyList<int>> eligible, IReadOnlyList<int> baseLoads, IReadOnlyList<IReadOnlyList<int>>? current = null)
    {
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(baseLoads);
        var load = baseLoads.ToArray();
        var units = demands.Select(_ => new int[load.Length]).ToArray();
        for (var g = 0; g < demands.Count; g++)
        {
            var placed = 0;
            foreach (var s in (current?[g] ?? []).Where(eligible[g].Contains).Order().Take(demands[g]))
            {
                units[g][s]++;
                load[s]++;
                placed++;
            }

            for (var n = placed; n < demands[g]; n++)
            {
                var lightest = eligible[g].MinBy(s => (load[s], s));
                units[g][lightest]++;
                load[lightest]++;
            }
        }

        while (TryImprove(units, eligible, load))
        {
        }

        return units;
    }

    /// <summary>Finds one load-reducing path, from the heaviest staff down, and moves a unit along it.</summary>
    private static bool TryImprove(int[][] units, IReadOnlyList<IReadOnlyList<int>> eligible, int[] load)
    {
        foreach (var from in Enumerable.Range(0, load.Length).OrderByDescending(s => load[s]).ThenBy(s => s))
        {
            if (FindPath(units, eligible, load, from) is { } path)
            {
                foreach (var (giver, group, taker) in path)
                {
                    units[group][giver]--;
                    units[group][taker]++;
                }

                load[from]--;
                load[path[^1].Taker]++;
                return true;
            }
        }

        return false;
    }

    /// <summary>Breadth-first from <paramref name="from"/>: the first staff reached carrying ≤ load − 2, as (giver, group, taker) hops.</summary>
    private static List<(int Giver, int Group, int Taker)>? FindPath(int[][] units, IReadOnlyList<IReadOnlyList<int>> eligible, int[] load, int from)
    {
        var cameFrom = new (int Giver, int Group)?[load.Length];
        var queue = new Queue<int>([from]);
        var seen = new bool[load.Length];
        seen[from] = true;
        while (queue.TryDequeue(out var giver))
        {
            for (var g = 0; g < units.Length; g++)
            {
                if (units[g][giver] == 0)
                {
                    continue;
                }

                foreach (var taker in eligible[g])
                {
                    if (seen[taker])
                    {
                        continue;
                    }

                    seen[taker] = true;
                    cameFrom[taker] = (giver, g);
                    if (load[taker] <= load[from] - 2)
                    {
                        return Walk(cameFrom, from, taker);
                    }

                    queue.Enqueue(taker);
                }
            }
        }

        return null;
    }

    private static List<(int Giver, int Group, int Taker)> Walk((int Giver, int Group)?[] cameFrom, int from, int end)
    {
        var path = new List<(int, int, int)>();
        for (var at = end; at != from;)
        {
            var (giver, group) = cameFrom[at]!.Value;
            path.Add((giver, group, at));
            at = giver;
        }

        path.Reverse();
        return path;
    }
}
