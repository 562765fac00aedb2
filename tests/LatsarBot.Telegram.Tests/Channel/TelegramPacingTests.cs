using LatsarBot.Channels.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Telegram.Tests.Channel;

/// <summary>The shared <see cref="LatsarBot.Channels.ChannelPacer"/> with Telegram's limits.</summary>
public sealed class TelegramPacingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void PrivateChat_AfterTheBurst_WaitsOneSecond()
    {
        var limiter = new TelegramRateOptions().CreatePacer(_time);
        limiter.TryAcquire("5001");
        limiter.TryAcquire("5001");
        limiter.TryAcquire("5001");

        var wait = limiter.TryAcquire("5001");

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void Group_TwentyPerMinute_ThreeSecondsPerTokenAfterTheBurst()
    {
        var limiter = new TelegramRateOptions { GroupBurst = 1 }.CreatePacer(_time);
        limiter.TryAcquire("-100");

        var wait = limiter.TryAcquire("-100");

        Assert.Equal(3, wait.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Pause_429RetryAfter_OnlyThatChatWaits()
    {
        var limiter = new TelegramRateOptions().CreatePacer(_time);

        limiter.Pause("5001", TimeSpan.FromSeconds(7));

        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.Zero), (limiter.TryAcquire("5001"), limiter.TryAcquire("5002")));
    }

    [Fact]
    public void Pause_RetryAfterOver_OneMessageMayGoAtOnceThenTheRate()
    {
        var limiter = new TelegramRateOptions { GroupBurst = 1 }.CreatePacer(_time);
        limiter.Pause("-100", TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("-100"));
        Assert.Equal(3, limiter.TryAcquire("-100").TotalSeconds, precision: 6);
    }

    [Fact]
    public void Global_ThirtyPerSecond_ThirtyFirstChatWaits()
    {
        var limiter = new TelegramRateOptions().CreatePacer(_time);
        for (var chat = 1; chat <= 30; chat++)
        {
            limiter.TryAcquire(chat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var wait = limiter.TryAcquire("31");

        Assert.True(wait > TimeSpan.Zero);
    }
}
