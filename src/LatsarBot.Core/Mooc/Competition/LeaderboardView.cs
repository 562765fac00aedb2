namespace LatsarBot.Core.Mooc.Competition;

/// <summary>What one participant sees of their class leaderboard (DOMAIN.md AMB-17): the top rows and their own.</summary>
public sealed record LeaderboardView(IReadOnlyList<LeaderboardRow> Top, LeaderboardRow Viewer, int Participants);
