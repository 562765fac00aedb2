using System.Globalization;
using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using Activity = LatsarBot.Bot.Activities.Activity;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Update → <see cref="MappedUpdate"/>; pure, so every kind of update is a table row in a test. The
/// ledger key is the update_id; the conversation is the chat, the user is the sender.
/// </summary>
public static class TelegramUpdateMapper
{
    public static MappedUpdate Map(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is { } message)
        {
            return FromMessage(update.Id, message);
        }

        if (update.CallbackQuery is { } callback)
        {
            return FromCallback(update.Id, callback);
        }

        if (update.PollAnswer is { User: { } voter, OptionIds: [var option, ..] } answer && !string.IsNullOrEmpty(answer.PollId))
        {
            // Polls are sent to private chats only, whose chat id is the voter's user id.
            return new MappedUpdate
            {
                Activity = NewActivity(update.Id, voter.Id, voter),
                Vote = new PollVote(answer.PollId, option),
            };
        }

        if (update.MyChatMember is { Chat: { } chat, NewChatMember.Status: ChatMemberStatus.Kicked or ChatMemberStatus.Left })
        {
            return new MappedUpdate { RemovedFromChat = chat.Id };
        }

        // Edits, channel posts, retracted votes and the rest: nothing a person is waiting on.
        return MappedUpdate.Ignored;
    }

    private static MappedUpdate FromMessage(int updateId, Message message)
    {
        if (message.From is not { IsBot: false } from || message.Chat is null)
        {
            return MappedUpdate.Ignored;
        }

        var activity = NewActivity(updateId, message.Chat.Id, from) with { CanShareContact = message.Chat.Type == ChatType.Private };
        if (message.Contact is { PhoneNumber: { Length: > 0 } phone } contact)
        {
            // Only Telegram's own user_id says whose number it is; a forwarded card carries someone else's or none.
            return new MappedUpdate { Activity = activity with { Value = new ContactValue(phone, contact.UserId == from.Id) } };
        }

        var attachments = Attachments(message);
        var text = CommandText(message.Text ?? message.Caption);
        if (string.IsNullOrWhiteSpace(text) && attachments.Count == 0)
        {
            // A sticker, a location, a member joining a group: not a turn.
            return MappedUpdate.Ignored;
        }

        // In a forum every message of a topic "replies" to the topic's first message, so only a topic says where it belongs.
        var topic = message.IsTopicMessage ? message.MessageThreadId : null;
        return new MappedUpdate
        {
            Activity = activity with { Text = text, Attachments = attachments },
            TopicId = topic,
            ReplyToMessageId = topic is null ? message.ReplyToMessage?.MessageId : null,
        };
    }

    private static MappedUpdate FromCallback(int updateId, CallbackQuery callback)
    {
        if (string.IsNullOrEmpty(callback.Id) || callback.From is null)
        {
            return MappedUpdate.Ignored;
        }

        // A button under a message too old to be known has no chat; the private chat id is the user id.
        var chatId = callback.Message?.Chat?.Id ?? callback.From.Id;
        var activity = string.IsNullOrEmpty(callback.Data)
            ? null
            : NewActivity(updateId, chatId, callback.From) with { Value = new ChoiceValue(callback.Data) };
        return new MappedUpdate { Activity = activity, CallbackQueryId = callback.Id };
    }

    private static List<InboundAttachment> Attachments(Message message)
    {
        var attachments = new List<InboundAttachment>();
        if (message.Photo is { Length: > 0 } sizes && sizes[^1].FileId is { Length: > 0 } photo)
        {
            attachments.Add(new InboundAttachment("image/jpeg", FileRef: photo, Size: sizes[^1].FileSize));
        }

        if (message.Document is { FileId: { Length: > 0 } document } doc)
        {
            attachments.Add(new InboundAttachment(doc.MimeType ?? "application/octet-stream", Name: doc.FileName, FileRef: document, Size: doc.FileSize));
        }

        if (message.Voice is { FileId: { Length: > 0 } voice } note)
        {
            attachments.Add(new InboundAttachment(note.MimeType ?? "audio/ogg", FileRef: voice, Size: note.FileSize));
        }

        return attachments;
    }

    /// <summary>"/start@LatsarBot payload" in a group becomes "/start payload", as in a private chat.</summary>
    private static string? CommandText(string? text)
    {
        if (text is null || !text.StartsWith('/'))
        {
            return text;
        }

        var end = text.IndexOfAny([' ', '\n']);
        var command = end < 0 ? text : text[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? text : command[..at] + (end < 0 ? "" : text[end..]);
    }

    private static Activity NewActivity(int updateId, long chatId, User from) => new()
    {
        Channel = TelegramChannel.Name,
        ConversationId = chatId.ToString(CultureInfo.InvariantCulture),
        From = new ChannelUser(from.Id.ToString(CultureInfo.InvariantCulture), Name(from)),
        Id = updateId.ToString(CultureInfo.InvariantCulture),
        Locale = Languages.TryParse(from.LanguageCode?.Split('-')[0]),
    };

    private static string? Name(User user) =>
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : user.Username;
}
