namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>Why a unit did or did not award its trophy (DOMAIN.md AMB-08).</summary>
public enum UnitTrophyOutcome
{
    Awarded,

    /// <summary>The unit's trophy was awarded before; a unit awards at most one.</summary>
    AlreadyAwarded,

    /// <summary>The content has not been opened, read or watched yet.</summary>
    ContentNotConsumed,

    /// <summary>The micro-quiz score is below the unit pass ratio; the participant may retry.</summary>
    QuizNotPassed,
}
