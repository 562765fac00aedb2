namespace LatsarBot.Core.Mooc.Progress;

/// <summary>Where a participant is in the MOOC, so they resume exactly there on any channel.</summary>
public class MoocProgress
{
    public int ParticipantId { get; set; }

    public DateTimeOffset? WelcomeSeenAt { get; set; }

    /// <summary>The unit they last opened; null before the first.</summary>
    public string? CurrentUnitId { get; set; }

    /// <summary>AMB-17: the participant may hide their name on the class leaderboard.</summary>
    public bool HiddenOnLeaderboard { get; set; }

    /// <summary>When the 28th trophy with all minimums met was earned: the leaderboard's last tie-break.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
