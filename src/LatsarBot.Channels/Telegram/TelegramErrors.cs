using LatsarBot.Bot.Outbox;
using global::Telegram.Bot.Exceptions;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// The one reading of a failed Bot API call: 429 waits the time Telegram names; 403 (blocked, kicked) and "chat not
/// found" mean the chat is gone for good; another 4xx will never succeed; anything else (5xx, timeout, a dropped
/// connection) may or may not have reached Telegram and is tried again.
/// </summary>
public static class TelegramErrors
{
    public static SendOutcome OutcomeOf(RequestException e) => e switch
    {
        ApiRequestException { ErrorCode: 429 } api =>
            new SendOutcome.Transient(e.Message, TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1))),
        ApiRequestException { ErrorCode: 403 } => new SendOutcome.Terminal(e.Message, Unreachable: true),
        ApiRequestException { ErrorCode: 400 } when e.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase) =>
            new SendOutcome.Terminal(e.Message, Unreachable: true),
        ApiRequestException { ErrorCode: >= 400 and < 500 } => new SendOutcome.Terminal(e.Message),
        _ => new SendOutcome.Transient(e.Message),
    };
}
