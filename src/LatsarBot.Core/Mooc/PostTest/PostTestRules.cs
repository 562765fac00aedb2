namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// The A.15 <c>posttest</c> block: pass mark (AMB-11), the 70/30 weighting and item counts (AMB-12), attempt caps and
/// locking (A.6, AMB-10), and the agendas the item pool draws from (AMB-20).
/// </summary>
public sealed record PostTestRules(
    decimal PassMark,
    decimal S1Weight,
    decimal S2Weight,
    int S1Items,
    int S2Items,
    IReadOnlyList<AttemptCap> AttemptCaps,
    PostTestMode Mode,
    IReadOnlyList<int> Agendas)
{
    public static PostTestRules Default { get; } = new(
        PassMark: 70.01m,
        S1Weight: 0.70m,
        S2Weight: 0.30m,
        S1Items: 14,
        S2Items: 6,
        AttemptCaps:
        [
            new AttemptCap(1, 3, 100m),
            new AttemptCap(4, 5, 90.01m),
            new AttemptCap(6, 6, 80.01m),
            new AttemptCap(7, null, 70.01m),
        ],
        Mode: PostTestMode.LockOnPass,
        Agendas: [1, 2, 3]);
}
