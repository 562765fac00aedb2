namespace LatsarBot.Core.Coaching;

/// <summary>The lightest and heaviest load among the staff who could take part.</summary>
public sealed record LoadRange(int Min, int Max)
{
    public bool IsBalanced => Max - Min <= 1;
}
