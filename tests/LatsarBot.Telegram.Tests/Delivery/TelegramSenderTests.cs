using LatsarBot.Channels;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.Telegram;
using LatsarBot.Testing.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using global::Telegram.Bot;

namespace LatsarBot.Telegram.Tests.Delivery;

/// <summary>The sender with the real Telegram.Bot client against the fake Bot API: each error shape becomes the right outcome.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime
{
    private const long Chat = 7001;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private FakeBotApiServer _fake = null!;
    private ChannelPacer _limiter = null!;
    private TelegramSender _sender = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApiServer.StartAsync();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApiServer.Token, _fake.BaseUrl) { RetryCount = 0 });
        var options = new TelegramSenderOptions();
        _limiter = new TelegramRateOptions().CreatePacer(_time);
        _sender = new TelegramSender(new TelegramBotApi(bot, NullLogger<TelegramBotApi>.Instance), _limiter, new MemoryTelegramStore(), options, NullLogger<TelegramSender>.Instance);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendAsync_429WithRetryAfter_TransientWithThatWaitAndTheChatPaused()
    {
        _fake.FloodOnce(Chat, retryAfter: 7);

        var outcome = await _sender.SendAsync(Message(Chat, "halo"), CancellationToken.None);

        var transient = Assert.IsType<SendOutcome.Transient>(outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(7), _limiter.TryAcquire("7001"));
        Assert.Equal(TimeSpan.Zero, _limiter.TryAcquire("7002"));
        _time.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.Zero, _limiter.TryAcquire("7001"));
    }

    [Fact]
    public async Task SendAsync_403BlockedByTheUser_TerminalUnreachable()
    {
        _fake.FailChat(Chat, 403, "Forbidden: bot was blocked by the user");

        var outcome = await _sender.SendAsync(Message(Chat, "halo"), CancellationToken.None);

        var terminal = Assert.IsType<SendOutcome.Terminal>(outcome);
        Assert.True(terminal.Unreachable);
        Assert.Contains("blocked by the user", terminal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_400ChatNotFound_Terminal()
    {
        _fake.FailChat(Chat, 400, "Bad Request: chat not found");

        var outcome = await _sender.SendAsync(Message(Chat, "halo"), CancellationToken.None);

        var terminal = Assert.IsType<SendOutcome.Terminal>(outcome);
        Assert.Contains("chat not found", terminal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_OtherBadRequest_TerminalButNotUnreachable()
    {
        _fake.FailChat(Chat, 400, "Bad Request: can't parse entities");

        var outcome = await _sender.SendAsync(Message(Chat, "halo"), CancellationToken.None);

        Assert.False(Assert.IsType<SendOutcome.Terminal>(outcome).Unreachable);
    }

    private static OutgoingMessage Message(long chat, string text) => new(1, chat.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, new Reply(text), 1);
}
