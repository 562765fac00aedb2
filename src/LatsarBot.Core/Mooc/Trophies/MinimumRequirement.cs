namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>One MOOC completion requirement (DOMAIN.md AMB-07): how many trophies it asks for and how many there are.</summary>
public sealed record MinimumRequirement(int Required, int Have)
{
    public bool IsMet => Have >= Required;

    /// <summary>Trophies still needed; 0 once met, never negative.</summary>
    public int Missing => Math.Max(0, Required - Have);
}
