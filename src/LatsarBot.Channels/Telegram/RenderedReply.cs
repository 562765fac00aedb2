using global::Telegram.Bot.Requests.Abstractions;
using global::Telegram.Bot.Types;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// A reply as the Bot API requests that carry it, in order. <see cref="Remember"/> holds values that
/// could not travel in callback_data (too long); a part's <see cref="RenderedPart.PollValues"/> maps a
/// poll's options back to their values once Telegram has named the poll.
/// </summary>
public sealed record RenderedReply(IReadOnlyList<RenderedPart> Parts, IReadOnlyDictionary<string, string> Remember);

public sealed record RenderedPart(IRequest<Message> Request, IReadOnlyList<string>? PollValues = null);
