namespace LatsarBot.Mooc;

/// <summary>One participant's Evaluasi 1 (MOOC) result, as exported for organisers.</summary>
public sealed record Evaluasi1Record(
    string Nip,
    string Name,
    string Class,
    int TrophiesK,
    int TrophiesS1,
    int TrophiesS2,
    int Trophies,
    decimal Stars,
    decimal? AttitudeScore,
    int PostTestAttempts,
    decimal? AcademicScore,
    string Status);
