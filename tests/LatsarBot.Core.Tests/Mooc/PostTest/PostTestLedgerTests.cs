using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using static LatsarBot.Core.Tests.Mooc.MoocBuilders;

namespace LatsarBot.Core.Tests.Mooc.PostTest;

public sealed class PostTestLedgerTests
{
    [Fact]
    public void Evaluate_NoAttempts_FirstAttemptMayStartCappedAt100()
    {
        var standing = PostTestLedger.Evaluate([], MoocRules.Default);

        Assert.Equal(new PostTestStanding(0, null, new NextAttempt(1, 100m)), standing);
    }

    [Fact]
    public void Evaluate_Attempt1Raw65_FailsAndAttempt2MayStart()
    {
        var standing = PostTestLedger.Evaluate([Judged(1, 65m)], MoocRules.Default); // DOMAIN.md A.15

        Assert.Equal(new PostTestStanding(1, null, new NextAttempt(2, 100m)), standing);
    }

    [Fact]
    public void Evaluate_Attempt2Raw88AfterAFail_Records88AndLocks()
    {
        var standing = PostTestLedger.Evaluate([Judged(1, 65m), Judged(2, 88m)], MoocRules.Default); // DOMAIN.md A.15

        Assert.Equal(new PostTestStanding(2, 88.00m, null), standing);
    }

    public static TheoryData<int, decimal, decimal> PassingAttempts => new()
    {
        { 2, 88m, 88.00m }, { 5, 95m, 90.01m }, { 7, 100m, 70.01m }, // DOMAIN.md A.15 worked examples
        { 1, 70.01m, 70.01m }, { 6, 99.99m, 80.01m }, { 12, 80m, 70.01m },
    };

    [Theory, MemberData(nameof(PassingAttempts))]
    public void Evaluate_FailsThenPassOnAttemptN_RecordsCappedScoreAndLocks(int passingAttempt, decimal raw, decimal expected)
    {
        var attempts = AttemptsPassingOn(passingAttempt, raw);

        var standing = PostTestLedger.Evaluate(attempts, MoocRules.Default);

        Assert.Equal(new PostTestStanding(passingAttempt, expected, null), standing);
    }

    [Fact]
    public void Evaluate_ThreeFails_NextAttemptIsCappedAt9001()
    {
        var standing = PostTestLedger.Evaluate([Judged(1, 50m), Judged(2, 60m), Judged(3, 70m)], MoocRules.Default);

        Assert.Equal(new NextAttempt(4, 90.01m), standing.Next);
    }

    [Fact]
    public void Evaluate_PassesOnAttempts1To20WithRaw7001To100_NeverRecordAboveCapOrRaw()
    {
        var violations = new List<string>();
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            for (var raw = 70.01m; raw <= 100m; raw += 0.01m)
            {
                var standing = PostTestLedger.Evaluate(AttemptsPassingOn(attempt, raw), MoocRules.Default);

                if (standing.RecordedScore is not { } recorded
                    || recorded > PostTestScoreCap.CapFor(attempt, MoocRules.Default) || recorded > raw)
                {
                    violations.Add($"attempt {attempt}, raw {raw}: recorded {standing.RecordedScore}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Evaluate_ImproveAllowedAfterPass_StaysOpenWithRecordedScore()
    {
        var standing = PostTestLedger.Evaluate([Judged(1, 80m)], RulesWith(PostTestMode.ImproveAllowed));

        Assert.Equal(new PostTestStanding(1, 80m, new NextAttempt(2, 100m)), standing);
    }

    [Fact]
    public void Evaluate_ImproveAllowedBetterRetake_RecordsBestRaw()
    {
        var standing = PostTestLedger.Evaluate([Judged(1, 80m), Judged(2, 95m), Judged(3, 60m)], RulesWith(PostTestMode.ImproveAllowed));

        Assert.Equal(95m, standing.RecordedScore);
    }

    [Fact]
    public void Evaluate_ImproveAllowedFourthAttempt_CapsBestRawByTotalAttempts()
    {
        var attempts = new[] { Judged(1, 95m), Judged(2, 60m), Judged(3, 60m), Judged(4, 75m) }; // AMB-10: cap(total attempts)

        var standing = PostTestLedger.Evaluate(attempts, RulesWith(PostTestMode.ImproveAllowed));

        Assert.Equal(90.01m, standing.RecordedScore);
    }

    [Fact]
    public void Evaluate_LockOnPassWithAttemptAfterThePass_Throws()
    {
        PostTestAttempt[] attempts = [Judged(1, 90m), Judged(2, 95m)];

        Assert.Throws<ArgumentException>(() => PostTestLedger.Evaluate(attempts, MoocRules.Default));
    }

    [Fact]
    public void Evaluate_AttemptsOutOfSequence_Throws()
    {
        PostTestAttempt[] attempts = [Judged(1, 50m), Judged(3, 90m)];

        Assert.Throws<ArgumentException>(() => PostTestLedger.Evaluate(attempts, MoocRules.Default));
    }

    public static TheoryData<decimal, bool> NinthAttempts => new() { { 70.01m, true }, { 70.00m, false }, { 100m, true } };

    [Theory, MemberData(nameof(NinthAttempts))]
    public void Judge_NinthAttempt_PassesOnRawFrom7001(decimal raw, bool expected)
    {
        var attempt = PostTestAttempt.Judge(9, raw, MoocRules.Default); // AMB-10/11: judged on raw, the cap comes later

        Assert.Equal(expected, attempt.Passed);
    }

    private static PostTestAttempt Judged(int number, decimal raw) => PostTestAttempt.Judge(number, raw, MoocRules.Default);

    /// <summary>Attempts 1 … n − 1 failing (raw 50), then attempt n with <paramref name="raw"/>.</summary>
    private static PostTestAttempt[] AttemptsPassingOn(int n, decimal raw) =>
        [.. Enumerable.Range(1, n - 1).Select(i => Judged(i, 50m)), Judged(n, raw)];
}
