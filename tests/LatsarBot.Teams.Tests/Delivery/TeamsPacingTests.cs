using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels;
using LatsarBot.Channels.Teams;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeTeams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Teams.Tests.Delivery;

/// <summary>
/// The Teams sender paces below Teams' limits with the shared <see cref="ChannelPacer"/>: a burst to one conversation
/// against the real per-conversation limits is spread out instead of drawing 429s, and a 429 without Retry-After backs
/// off further each time it comes again.
/// </summary>
public sealed class TeamsPacingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TenMessagesToOneConversation_TeamsRealLimits_AllDelivered_No429()
    {
        await using var fake = await FakeTeamsServer.StartAsync(new FakeTeamsLimits());
        await using var database = TestDatabase.Sqlite();
        await using var host = await TeamsTestHost.StartAsync(fake, database);
        var sender = host.Services.GetRequiredService<TeamsSender>();
        await fake.PushAsync(FakeTeamsActivities.Installation(fake.ServiceUrl, "inst-pace", "aad-pace", "add"));
        var chat = FakeTeamsActivities.PersonalChat("aad-pace");
        var before = fake.Delivered.Count(d => d.ConversationId == chat);

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 10; i++)
        {
            outcomes.Add(await sender.SendAsync(new OutgoingMessage(100 + i, chat, i, new Reply($"pesan {i}"), 1), CancellationToken.None));
        }

        Assert.All(outcomes, o => Assert.IsType<SendOutcome.SentOutcome>(o));
        Assert.Equal(10, fake.Delivered.Count(d => d.ConversationId == chat) - before);
        Assert.Equal(0, fake.Throttled);
    }

    [Fact]
    public void ConversationLimits_SevenInOneSecondAndEightInTwo_NeverExceeded()
    {
        var pacer = new TeamsRateOptions().CreatePacer(_time);
        var sent = new List<DateTimeOffset>();
        while (sent.Count < 70)
        {
            var wait = pacer.TryAcquire("a:chat");
            if (wait == TimeSpan.Zero)
            {
                sent.Add(_time.GetUtcNow());
            }
            else
            {
                _time.Advance(wait);
            }
        }

        foreach (var (count, seconds) in new FakeTeamsLimits().PerConversation)
        {
            Assert.All(sent, t => Assert.True(sent.Count(s => s >= t && s < t.AddSeconds(seconds)) <= count, $"more than {count} in {seconds} s"));
        }
    }

    [Fact]
    public void Throttled_NoRetryAfter_TheBackoffGrows_ASendResetsIt_TheLongestPauseStands()
    {
        var pacer = new TeamsRateOptions().CreatePacer(_time);

        var first = pacer.Pause("a:chat", null);
        var second = pacer.Pause("a:chat", null);
        var third = pacer.Pause("a:chat", null);
        pacer.Succeeded("a:chat");
        var afterSuccess = pacer.Pause("a:chat", null);

        Assert.InRange(first.TotalSeconds, 0.8, 1.2);
        Assert.InRange(second.TotalSeconds, 1.6, 2.4);
        Assert.InRange(third.TotalSeconds, 3.2, 4.8);
        Assert.InRange(afterSuccess.TotalSeconds, 0.8, 1.2);
        Assert.Equal(third, pacer.TryAcquire("a:chat"));
        Assert.Equal(TimeSpan.Zero, pacer.TryAcquire("a:other"));
    }

    [Fact]
    public void Throttled_WithRetryAfter_ThatWaitFirst_ThenAtLeastTheBackoff()
    {
        var pacer = new TeamsRateOptions().CreatePacer(_time);

        var first = pacer.Pause(null, TimeSpan.FromMilliseconds(300));
        var again = pacer.Pause(null, TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(300), first);
        Assert.InRange(again.TotalSeconds, 1.6, 2.4);
        Assert.Equal(again, pacer.TryAcquire("a:any"));
    }
}
