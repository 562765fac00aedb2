namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>
/// The attitude score from trophies, or the reason there is none (DOMAIN.md AMB-05/07): the score exists only once
/// every MOOC minimum is met. Match on <see cref="Complete"/> or <see cref="NotComplete"/>.
/// </summary>
public abstract record AttitudeResult
{
    private AttitudeResult(MinimumsStatus minimums) => Minimums = minimums;

    public MinimumsStatus Minimums { get; }

    /// <summary>All minimums are met: the MOOC is complete and <see cref="Score"/> is the attitude score.</summary>
    public sealed record Complete(MinimumsStatus Minimums, decimal Score) : AttitudeResult(Minimums);

    /// <summary>Status <c>BELUM_MEMENUHI</c>: at least one minimum is missing, so there is no score yet.</summary>
    public sealed record NotComplete(MinimumsStatus Minimums) : AttitudeResult(Minimums);
}
