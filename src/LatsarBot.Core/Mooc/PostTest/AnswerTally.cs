namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>Correct answers out of the items asked in one category of a post-test paper (DOMAIN.md AMB-12).</summary>
public readonly record struct AnswerTally
{
    public AnswerTally(int correct, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, total);
        Correct = correct;
        Total = total;
    }

    public int Correct { get; }

    public int Total { get; }
}
