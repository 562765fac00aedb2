using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Tests.Pipeline;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task Process_TwentyAtOnceInOneConversation_OneAtATimeInArrivalOrder()
    {
        var recorder = new Recorder();
        await using var bot = await BotHarness.StartAsync(overrides: s => s.AddSingleton(recorder).ReplaceScoped<ITurnHandler, RecordingHandler>());
        var flow = bot.Flow();

        var turns = Enumerable.Range(1, 20).Select(i => bot.Pipeline.ProcessAsync(flow.NewActivity() with { Text = $"m{i}" }, CancellationToken.None)).ToList();
        var outcomes = await Task.WhenAll(turns);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"m{i}"), recorder.Seen);
        Assert.Equal(1, recorder.MaxConcurrent);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), outcomes.Select(o => o.Replies.Single().Sequence));
    }

    /// <summary>
    /// On PostgreSQL, as with several instances: SQLite's writer lock (BEGIN IMMEDIATE) already keeps a
    /// second writer out for the whole turn, so there a conflict cannot arise.
    /// </summary>
    [Fact]
    public async Task Process_ConversationChangedUnderTheTurn_RunsTheTurnAgainOnce()
    {
        var recorder = new Recorder();
        await using var database = await TestDatabase.PostgresAsync();
        await using var bot = await BotHarness.StartAsync(database, s => s.AddSingleton(recorder).AddSingleton(database).ReplaceScoped<ITurnHandler, InterferingHandler>());
        var flow = bot.Flow();
        await flow.SendAsync("first");

        await flow.SendAsync("second");

        Assert.Equal(["first", "second", "second"], recorder.Seen);
        await using var db = bot.NewContext();
        Assert.Equal(2, await db.Outbox.CountAsync());
        Assert.Equal(2, await db.InboundActivities.CountAsync());
    }

    [Fact]
    public async Task Process_HandlerThrows_ApologisesAndARetryIsNotRunAgain()
    {
        var recorder = new Recorder();
        await using var bot = await BotHarness.StartAsync(overrides: s => s.AddSingleton(recorder).ReplaceScoped<ITurnHandler, ThrowingHandler>());
        var activity = bot.Flow().NewActivity() with { Text = "boom" };

        var first = await bot.Pipeline.ProcessAsync(activity, CancellationToken.None);
        var retry = await bot.Pipeline.ProcessAsync(activity, CancellationToken.None);

        Assert.Equal(bot.Messages.Text(Core.Participants.Language.Id, TurnPipeline.ErrorMessageKey), first.Replies.Single().Reply.Text);
        Assert.True(retry.Replayed);
        Assert.Equal(first.Replies, retry.Replies);
        Assert.Single(recorder.Seen);
    }

    [Fact]
    public async Task Process_Middleware_RunsAroundTheHandlerInOrder()
    {
        var recorder = new Recorder();
        await using var bot = await BotHarness.StartAsync(overrides: s => s
            .AddSingleton(recorder)
            .AddSingleton<ITurnMiddleware>(new NamedMiddleware("a", recorder))
            .AddSingleton<ITurnMiddleware>(new NamedMiddleware("b", recorder))
            .ReplaceScoped<ITurnHandler, RecordingHandler>());

        await bot.Flow().SendAsync("x");

        Assert.Equal(["a>", "b>", "x", "<b", "<a"], recorder.Seen);
    }

    [Fact]
    public async Task Process_RepliesCommitted_OutboxRowsPendingInOrder()
    {
        await using var bot = await BotHarness.StartAsync(overrides: s => s.AddSingleton(new Recorder()).ReplaceScoped<ITurnHandler, RecordingHandler>());
        var flow = bot.Flow();

        await flow.SendAsync("x");
        await flow.SendAsync("y");

        await using var db = bot.NewContext();
        var rows = await db.Outbox.OrderBy(o => o.Sequence).ToListAsync();
        Assert.Equal([1L, 2L], rows.Select(r => r.Sequence));
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.All(rows, r => Assert.NotNull(r.InboundId));
    }

    public sealed class Recorder
    {
        private int _inside;

        public List<string> Seen { get; } = [];

        public int MaxConcurrent { get; private set; }

        public async Task RunAsync(string entry)
        {
            var now = Interlocked.Increment(ref _inside);
            MaxConcurrent = Math.Max(MaxConcurrent, now);
            lock (Seen)
            {
                Seen.Add(entry);
            }

            await Task.Yield();
            Interlocked.Decrement(ref _inside);
        }
    }

    private sealed class RecordingHandler(Recorder recorder) : ITurnHandler
    {
        public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            await recorder.RunAsync(turn.Activity.Text!);
            turn.Send(new Reply("ok " + turn.Activity.Text));
        }
    }

    /// <summary>On its first run of the second message, writes the conversation behind the turn's back.</summary>
    private sealed class InterferingHandler(Recorder recorder, TestDatabase database) : ITurnHandler
    {
        public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            await recorder.RunAsync(turn.Activity.Text!);
            if (recorder.Seen.Count == 2)
            {
                // A separate context is "another instance": it commits first and bumps the ETag.
                await using var other = database.NewContext();
                var record = await other.Conversations.SingleAsync(cancellationToken);
                record.Version++;
                await other.SaveChangesAsync(cancellationToken);
            }

            turn.Send(new Reply("ok"));
        }
    }

    private sealed class ThrowingHandler(Recorder recorder) : ITurnHandler
    {
        public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            await recorder.RunAsync(turn.Activity.Text!);
            throw new InvalidOperationException("dialog bug");
        }
    }

    private sealed class NamedMiddleware(string name, Recorder recorder) : ITurnMiddleware
    {
        public async Task InvokeAsync(Turn turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            await recorder.RunAsync(name + ">");
            await next(cancellationToken);
            await recorder.RunAsync("<" + name);
        }
    }
}
