using LatsarBot.Core.Participants;
using LatsarBot.StaffConsole;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>Failed sign-ins per address in a sliding 15-minute window (20 by default).</summary>
public sealed class SignInThrottleTests
{
    private const string Address = "192.0.2.7";

    [Fact]
    public void IsBlocked_TwentyFailures_Blocked()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(), StaffSignInPolicy.Default);

        Fail(throttle, 20);

        Assert.True(throttle.IsBlocked(Address));
        Assert.False(throttle.IsBlocked("192.0.2.8"));
    }

    [Fact]
    public void IsBlocked_NineteenFailures_NotYet()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(), StaffSignInPolicy.Default);

        Fail(throttle, 19);

        Assert.False(throttle.IsBlocked(Address));
    }

    [Fact]
    public void IsBlocked_FailuresOlderThanTheWindow_Forgotten()
    {
        var clock = new FakeTimeProvider();
        var throttle = new SignInThrottle(clock, StaffSignInPolicy.Default);
        Fail(throttle, 20);

        clock.Advance(StaffSignInPolicy.Default.Window);

        Assert.False(throttle.IsBlocked(Address));
    }

    private static void Fail(SignInThrottle throttle, int times)
    {
        foreach (var _ in Enumerable.Range(0, times))
        {
            throttle.Failed(Address);
        }
    }
}
