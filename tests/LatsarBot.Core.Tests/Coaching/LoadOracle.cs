namespace LatsarBot.Core.Tests.Coaching;

/// <summary>
/// The smallest possible max − min load, by trying every way to split each group's demand over its eligible
/// staff. Exponential, so for small inputs only; it is the yardstick the allocation is measured against.
/// </summary>
public static class LoadOracle
{
    public static int BestSpread(IReadOnlyList<int> demands, IReadOnlyList<IReadOnlyList<int>> eligible, IReadOnlyList<int> baseLoads)
    {
        var pool = eligible.SelectMany(e => e).Distinct().ToList();
        var load = baseLoads.ToArray();
        var best = int.MaxValue;
        void Group(int g)
        {
            if (g == demands.Count)
            {
                best = Math.Min(best, pool.Max(s => load[s]) - pool.Min(s => load[s]));
                return;
            }

            Split(g, 0, demands[g]);
        }

        void Split(int g, int position, int left)
        {
            var staff = eligible[g];
            if (position == staff.Count - 1)
            {
                load[staff[position]] += left;
                Group(g + 1);
                load[staff[position]] -= left;
                return;
            }

            for (var n = 0; n <= left; n++)
            {
                load[staff[position]] += n;
                Split(g, position + 1, left - n);
                load[staff[position]] -= n;
            }
        }

        Group(0);
        return best;
    }
}
