using System.Security.Cryptography;
using System.Text;
using LatsarBot.Bot.Activities;
using global::Telegram.Bot.Requests;
using global::Telegram.Bot.Requests.Abstractions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Reply → Bot API requests: media first, then the text in parts of at most 4,096 characters, the last
/// part carrying the keyboard. Pure: the sender executes what this returns. A host-relative attachment URL (a
/// generated report) is uploaded through <c>localFile</c>, since Telegram cannot fetch from a host it cannot reach.
/// </summary>
public static class TelegramReplyRenderer
{
    public const int MaxButtonTitle = 40;
    public const int ShortTitle = 14;
    public const string LongValuePrefix = "~";

    /// <param name="topicId">The forum topic (message_thread_id) of a group to post in, when the reply belongs to one.</param>
    public static RenderedReply Render(long chatId, Reply reply, bool nativePolls, int? topicId = null, Func<string, InputFile?>? localFile = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<RenderedPart>();
        var remember = new Dictionary<string, string>();
        parts.AddRange(reply.Attachments.Select(a => new RenderedPart(Media(chatId, a, topicId, localFile))));

        var buttons = reply.Buttons;
        var text = reply.Text;
        if (reply.Poll is { } poll && !nativePolls)
        {
            // Without native polls the options are plain buttons under the question.
            buttons = [.. buttons, .. poll.Options];
            text = string.IsNullOrWhiteSpace(text) ? poll.Question : $"{text}\n\n{poll.Question}";
        }

        var chunks = TextSplitter.Split(text, TelegramChannel.MaxTextLength);
        for (var i = 0; i < chunks.Count; i++)
        {
            var last = i == chunks.Count - 1;
            parts.Add(new RenderedPart(new SendMessageRequest
            {
                ChatId = chatId,
                MessageThreadId = topicId,
                Text = TelegramHtml.Render(chunks[i]),
                ParseMode = ParseMode.Html,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = reply.Attachments.Count > 0 },
                ReplyMarkup = last ? Keyboard(buttons, remember) : null,
            }));
        }

        if (reply.Poll is { } native && nativePolls)
        {
            parts.Add(Poll(chatId, native, topicId));
        }

        return new RenderedReply(parts, remember);
    }

    /// <summary>The callback_data for a value: itself when it fits in 64 bytes, else a short stable id.</summary>
    public static string CallbackData(string value) =>
        Encoding.UTF8.GetByteCount(value) <= TelegramChannel.MaxCallbackDataBytes && !value.StartsWith(LongValuePrefix, StringComparison.Ordinal)
            ? value
            : LongValuePrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];

    private static ReplyMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons, Dictionary<string, string> remember)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        if (buttons.Any(b => b.Kind == ButtonKind.ShareContact))
        {
            // Only a reply keyboard can ask for the contact; its other buttons come back as their titles.
            var keys = buttons.Select(b => new KeyboardButton(Trim(b.Title)) { RequestContact = b.Kind == ButtonKind.ShareContact });
            return new ReplyKeyboardMarkup(keys.Select(k => new[] { k })) { OneTimeKeyboard = true, ResizeKeyboard = true };
        }

        var inline = buttons.Select(b =>
        {
            var data = CallbackData(b.Value);
            if (data != b.Value)
            {
                remember[data] = b.Value;
            }

            return InlineKeyboardButton.WithCallbackData(Trim(b.Title), data);
        }).ToList();

        // Short titles two to a row, long ones alone, so nothing is cut off on a phone.
        var perRow = buttons.All(b => b.Title.Trim().Length <= ShortTitle) ? TelegramChannel.Capabilities.ButtonsPerRow : 1;
        return new InlineKeyboardMarkup(inline.Chunk(perRow));
    }

    private static RenderedPart Poll(long chatId, ReplyPoll poll, int? topicId)
    {
        var request = new SendPollRequest
        {
            ChatId = chatId,
            MessageThreadId = topicId,
            Question = Limit(TelegramHtml.Plain(poll.Question), 300),
            Options = poll.Options.Select(o => new InputPollOption(Limit(o.Title.Trim(), 100))).ToList(),
            // Votes come back only from non-anonymous polls.
            IsAnonymous = false,
            Type = poll.CorrectOption is null ? PollType.Regular : PollType.Quiz,
            CorrectOptionIds = poll.CorrectOption is { } correct ? [correct] : null,
            Explanation = poll.Explanation is { } explanation ? Limit(TelegramHtml.Plain(explanation), 200) : null,
        };
        return new RenderedPart(request, poll.Options.Select(o => o.Value).ToList());
    }

    private static IRequest<Message> Media(long chatId, ReplyAttachment attachment, int? topicId, Func<string, InputFile?>? localFile)
    {
        InputFile? file = localFile?.Invoke(attachment.Url)
            ?? (Uri.TryCreate(attachment.Url, UriKind.Absolute, out var absolute) ? InputFile.FromUri(absolute) : null);
        var caption = attachment.Name is { Length: > 0 } name ? TelegramHtml.Escape(Limit(name, TelegramChannel.MaxCaptionLength)) : null;
        if (file is null)
        {
            // A local file that is gone, or a relative URL with nothing to upload it from: say so rather than fail the send.
            return new SendMessageRequest { ChatId = chatId, Text = TelegramHtml.Escape(attachment.Name ?? attachment.Url) + " (—)", ParseMode = ParseMode.Html };
        }

        return attachment.Kind switch
        {
            AttachmentKind.Image => new SendPhotoRequest { ChatId = chatId, MessageThreadId = topicId, Photo = file, Caption = caption, ParseMode = ParseMode.Html },
            AttachmentKind.Video => new SendVideoRequest { ChatId = chatId, MessageThreadId = topicId, Video = file, Caption = caption, ParseMode = ParseMode.Html },
            AttachmentKind.Audio => new SendAudioRequest { ChatId = chatId, MessageThreadId = topicId, Audio = file, Caption = caption, ParseMode = ParseMode.Html },
            AttachmentKind.Document => new SendDocumentRequest { ChatId = chatId, MessageThreadId = topicId, Document = file, Caption = caption, ParseMode = ParseMode.Html },
            _ => new SendMessageRequest
            {
                ChatId = chatId,
                MessageThreadId = topicId,
                Text = $"<a href=\"{System.Net.WebUtility.HtmlEncode(attachment.Url)}\">{TelegramHtml.Escape(attachment.Name ?? attachment.Url)}</a>",
                ParseMode = ParseMode.Html,
            },
        };
    }

    private static string Trim(string title)
    {
        var trimmed = title.Trim();
        return trimmed.Length <= MaxButtonTitle ? trimmed : trimmed[..(MaxButtonTitle - 1)].TrimEnd() + "…";
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
