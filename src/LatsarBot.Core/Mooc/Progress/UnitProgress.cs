namespace LatsarBot.Core.Mooc.Progress;

/// <summary>One participant's record of one micro-learning unit (AMB-08: content consumed and quiz passed → one trophy).</summary>
public class UnitProgress
{
    public long Id { get; set; }

    public int ParticipantId { get; set; }

    public required string UnitId { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }

    /// <summary>Best share of micro-quiz questions answered correctly, 0–1.</summary>
    public decimal BestQuizRatio { get; set; }

    public int QuizAttempts { get; set; }

    /// <summary>Set once, when the trophy is awarded; never twice for one unit.</summary>
    public DateTimeOffset? TrophyAt { get; set; }
}
