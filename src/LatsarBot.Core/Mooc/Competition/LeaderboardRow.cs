using LatsarBot.Core.Mooc.Trophies;

namespace LatsarBot.Core.Mooc.Competition;

/// <summary>
/// One line of a class leaderboard as one viewer may see it (DOMAIN.md AMB-17): rank, NDH or initials, and stars.
/// An opted-out participant is <see cref="IsAnonymous"/>, with neither initials nor NDH, except on their own view.
/// </summary>
public sealed record LeaderboardRow(
    int Rank,
    string? Initials,
    int? Ndh,
    bool IsAnonymous,
    bool IsViewer,
    int Trophies,
    StarDisplay Stars);
