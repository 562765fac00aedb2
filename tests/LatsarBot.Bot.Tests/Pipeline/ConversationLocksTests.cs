using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Tests.Pipeline;

public sealed class ConversationLocksTests
{
    private static readonly ConversationKey Chat = new("test", "c1");

    [Fact]
    public async Task Acquire_ManyWaiters_GrantedInCallOrder()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync(Chat, CancellationToken.None);
        var order = new List<int>();
        var waiters = Enumerable.Range(1, 20).Select(async i =>
        {
            using var held = await locks.AcquireAsync(Chat, CancellationToken.None);
            order.Add(i);
        }).ToList();

        first.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal(Enumerable.Range(1, 20), order);
        Assert.Equal(0, locks.ActiveConversations);
    }

    [Fact]
    public async Task Acquire_OtherConversation_DoesNotWait()
    {
        var locks = new ConversationLocks();
        using var held = await locks.AcquireAsync(Chat, CancellationToken.None);

        var other = locks.AcquireAsync(new ConversationKey("test", "c2"), CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Acquire_CancelledWaiter_KeepsTheQueueMoving()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync(Chat, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = locks.AcquireAsync(Chat, cancel.Token);
        var third = locks.AcquireAsync(Chat, CancellationToken.None);

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(third.IsCompleted);
        first.Dispose();

        using var granted = await third.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
