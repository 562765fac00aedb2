namespace LatsarBot.Core.Mooc.Competition;

/// <summary>
/// One participant of a class as the leaderboard sees them (DOMAIN.md AMB-17). <see cref="PostTestScore"/> is the
/// recorded academic score once passed; <see cref="CompletedAt"/> is when the MOOC was completed, if it was.
/// </summary>
public sealed record LeaderboardEntry(
    int ParticipantId,
    string Name,
    int? Ndh,
    int Trophies,
    decimal? PostTestScore,
    DateTimeOffset? CompletedAt,
    bool OptedOut);
