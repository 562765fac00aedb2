using LatsarBot.Bot.Activities;
using LatsarBot.Core.Actualization;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Tests.Actualization;
using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LatsarBot.Dialogs.Tests.Budgets;

[CollectionDefinition(nameof(TurnBudgetTests), DisableParallelization = true)]
public sealed class TurnBudgetCollection;

/// <summary>
/// The work of a few representative turns, pinned so that a change that adds round trips or doubles what a turn
/// allocates fails with the numbers. Counted, never timed: SQL commands and transactions through an EF interceptor,
/// bytes through the GC's process-wide counter, which is why this collection runs alone (no other test allocating
/// beside it) and averages over repeated turns after warm-up turns have paid for JIT and EF's query caches.
/// The budgets are today's figures (Debug build, SQLite) plus a small margin; lower them as turns get cheaper.
/// </summary>
[Collection(nameof(TurnBudgetTests))]
public sealed class TurnBudgetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Repeats = 12;

    private readonly SqlStatementCounter _sql = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await BotHarness.StartAsync(overrides: s => s.ConfigureDbContext<SqliteLatsarDb>(o => o.AddInterceptors(_sql)));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Onboarding_step_the_nip_answered()
    {
        var cost = await MeasureAsync(
            prepare: async () => await DemoPeople.AtNipPromptAsync(_bot.Flow()),
            turn: async flow =>
            {
                await flow.SendAsync(DemoPeople.Nip);
                return 1;
            });

        AssertWithin(cost, new Budget(Statements: 5, Transactions: 1, KilobytesPerTurn: 135));
    }

    [Fact]
    public async Task Unit_opened_from_the_mooc_menu()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/mooc");
        await flow.PressAsync("menu");

        var cost = await MeasureAsync(
            prepare: async () =>
            {
                flow.TakeAll();
                return flow;
            },
            turn: async f =>
            {
                await f.PressAsync("next");
                await f.PressAsync("menu"); // back for the next round: two turns a round
                return 2;
            });

        AssertWithin(cost, new Budget(Statements: 6, Transactions: 1, KilobytesPerTurn: 192));
    }

    [Fact]
    public async Task Quiz_question_answered()
    {
        var flow = await MoocFixture.LoggedInAsync(_bot);
        await flow.SendAsync("/mooc");
        await flow.PressAsync("menu");
        await flow.PressAsync("next");
        await flow.PressAsync("studied");
        var question = flow.TakeAll()[^1];

        var cost = await MeasureAsync(
            prepare: () => Task.FromResult(flow),
            turn: async f =>
            {
                // A wrong answer keeps the quiz going question after question, then offers a retry; "retry" begins it
                // again, so every round is an answer on a live question.
                await f.PressAsync(MoocFixture.Answer(_bot, question, right: false).Value);
                var replies = f.TakeAll();
                var turns = 1;
                if (!IsQuestion(replies[^1]))
                {
                    await f.PressAsync("retry");
                    replies = f.TakeAll();
                    turns++;
                }
                question = replies[^1];
                return turns;
            });

        AssertWithin(cost, new Budget(Statements: 5, Transactions: 1, KilobytesPerTurn: 182));
    }

    [Fact]
    public async Task Log_entry_saved()
    {
        var activityId = await ActualizationFixture.PlanAsync(_bot, ActualizationFixture.Today(_bot));
        var flow = await MoocFixture.LoggedInAsync(_bot);

        var cost = await MeasureAsync(
            prepare: async () =>
            {
                _bot.Time.Advance(TimeSpan.FromDays(1)); // one entry a day: every round saves a new day
                await flow.SendAsync("/aktualisasi");
                await flow.PressAsync("log");
                await flow.PressAsync("a:" + activityId);
                await flow.SendAsync("Memindai 40 surat masuk");
                await flow.PressAsync(nameof(BerAkhlakValues.Kolaboratif));
                await flow.PressAsync("done");
                await flow.PressAsync("done");
                flow.TakeAll();
                return flow;
            },
            turn: async f =>
            {
                await f.PressAsync("save");
                f.AssertReplyFrom(ActualizationMsg.LogSaved);
                return 1;
            });

        AssertWithin(cost, new Budget(Statements: 6, Transactions: 1, KilobytesPerTurn: 243));
    }

    private static bool IsQuestion(Reply reply) => reply.Buttons.Count > 0 && reply.Buttons.All(b => b.Value.StartsWith('q'));

    private async Task<Cost> MeasureAsync(Func<Task<TestFlow>> prepare, Func<TestFlow, Task<int>> turn)
    {
        for (var warm = 0; warm < 3; warm++)
        {
            await turn(await prepare());
        }

        long statements = 0, transactions = 0, bytes = 0, turns = 0;
        for (var round = 0; round < Repeats; round++)
        {
            var flow = await prepare();
            _sql.Clear();
            var (s, t) = (_sql.Statements, _sql.Transactions);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            turns += await turn(flow);
            bytes += GC.GetTotalAllocatedBytes(precise: true) - allocated;
            statements += _sql.Statements - s;
            transactions += _sql.Transactions - t;
        }

        return new Cost((double)statements / turns, (double)transactions / turns, (double)bytes / turns / 1024, [.. _sql.Commands]);
    }

    private void AssertWithin(Cost cost, Budget budget, [System.Runtime.CompilerServices.CallerMemberName] string turn = "")
    {
        var line = $"{turn}: {cost.Statements:0.##} SQL commands (round trips; a batched write is one), {cost.Transactions:0.##} transactions, {cost.Kilobytes:0} KB allocated per turn "
            + $"(budget {budget.Statements}, {budget.Transactions}, {budget.KilobytesPerTurn} KB)";
        var lastRound = "the last round's commands:\n" + string.Join("\n", cost.LastRound.Select(c => "  " + c.ReplaceLineEndings(" ")));
        output.WriteLine(line);
        output.WriteLine(lastRound);
        Assert.True(cost.Statements <= budget.Statements && cost.Transactions <= budget.Transactions && cost.Kilobytes <= budget.KilobytesPerTurn, line + "\n" + lastRound);
    }

    private sealed record Cost(double Statements, double Transactions, double Kilobytes, IReadOnlyList<string> LastRound);

    private sealed record Budget(int Statements, int Transactions, int KilobytesPerTurn);
}
