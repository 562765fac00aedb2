namespace LatsarBot.Core.Coaching;

/// <summary>When a member of staff taught a class: the online (distance) stage or the classical days (DOMAIN.md A.7, A.10).</summary>
public enum TeachingStage
{
    Online = 0,
    Classical = 1,
}
