using System.Text.Json;
using LatsarBot.Channels.Telegram;
using LatsarBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace LatsarBot.Telegram.Tests.Channel;

/// <summary>Where a message belongs: a forum topic wins over the reply-to every topic message carries; outside topics, the message replied to.</summary>
public sealed class TelegramThreadMappingTests
{
    [Fact]
    public void Map_MessageInForumTopic_TopicOnlyNotTheTopicsFirstMessage()
    {
        var mapped = Map(FakeUpdates.InTopic(11, -1001234567890, 77, 7201, "Jawaban coach"));

        Assert.Equal((77, (int?)null), (mapped.TopicId, mapped.ReplyToMessageId));
        Assert.Equal(("-1001234567890", "7201", "Jawaban coach"), (mapped.Activity!.ConversationId, mapped.Activity.From.Id, mapped.Activity.Text));
        Assert.False(mapped.Activity.CanShareContact);
    }

    [Fact]
    public void Map_PrivateReplyToABotMessage_TheRepliedMessageId()
    {
        var mapped = Map(FakeUpdates.ReplyTo(12, 7201, 1042, "Boleh."));

        Assert.Equal(((int?)null, (int?)1042), (mapped.TopicId, mapped.ReplyToMessageId));
    }

    [Fact]
    public void Map_PlainMessage_NoThread()
    {
        var mapped = Map(FakeUpdates.Text(13, 7201, "Halo"));

        Assert.Equal(((int?)null, (int?)null), (mapped.TopicId, mapped.ReplyToMessageId));
    }

    private static MappedUpdate Map(System.Text.Json.Nodes.JsonObject update) =>
        TelegramUpdateMapper.Map(JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!);
}
