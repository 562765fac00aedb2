namespace LatsarBot.Core.Coaching;

/// <summary>
/// A member of staff taught a class in one stage, for one agenda or (null) without one. The online rows are what
/// makes a coach "involved since the online stage" (DOMAIN.md A.7 item 2).
/// </summary>
public class ClassTeaching
{
    public int Id { get; set; }

    public int ClassId { get; set; }

    public int StaffId { get; set; }

    /// <summary>An <see cref="AgendaCodes"/> code, or null for coaching and tutoring not tied to an agenda.</summary>
    public string? Agenda { get; set; }

    public TeachingStage Stage { get; set; }
}
