namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// Where a participant stands on the post test (DOMAIN.md AMB-10). <see cref="RecordedScore"/> is the academic score
/// once an attempt has passed; <see cref="Next"/> is the attempt that may start now, absent once the test is locked.
/// </summary>
public sealed record PostTestStanding(int AttemptsTaken, decimal? RecordedScore, NextAttempt? Next)
{
    public bool Passed => RecordedScore is not null;

    public bool CanStartAttempt => Next is not null;
}
