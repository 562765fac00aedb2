using System.Text.Json;
using System.Text.Json.Nodes;
using LatsarBot.Bot.Activities;
using LatsarBot.Channels.Telegram;
using LatsarBot.Testing.FakeTelegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace LatsarBot.Telegram.Tests.Channel;

public sealed class TelegramUpdateMapperTests
{
    [Theory]
    [InlineData("/start", "/start")]
    [InlineData("/start ref_abc", "/start ref_abc")]
    [InlineData("/menu@LatsarFakeBot", "/menu")]
    [InlineData("/start@LatsarFakeBot ref_abc", "/start ref_abc")]
    [InlineData("halo", "halo")]
    public void Map_TextAndCommands_MessageWithTheText(string typed, string expected)
    {
        var mapped = Map(FakeUpdates.Text(7, 5001, typed));

        Assert.Equal((expected, "telegram", "5001", "5001", "7"), (mapped.Activity!.Text, mapped.Activity.Channel, mapped.Activity.ConversationId, mapped.Activity.From.Id, mapped.Activity.Id));
        Assert.True(mapped.Activity.CanShareContact);
    }

    [Theory]
    [InlineData(5001L, true)]
    [InlineData(777L, false)]
    [InlineData(null, false)]
    public void Map_Contact_OwnOnlyWhenTelegramSaysItIsTheSenders(long? contactUserId, bool own)
    {
        var mapped = Map(FakeUpdates.Contact(8, 5001, "+6281200000001", contactUserId));

        Assert.Equal(new ContactValue("+6281200000001", own), mapped.Activity!.Value);
    }

    [Fact]
    public void Map_Callback_ChoiceValueAndAnAnswerToGive()
    {
        var mapped = Map(FakeUpdates.Callback(9, 5001, "ok"));

        Assert.Equal(new ChoiceValue("ok"), mapped.Activity!.Value);
        Assert.Equal("cb9", mapped.CallbackQueryId);
    }

    [Fact]
    public void Map_PollAnswer_AVoteToResolve()
    {
        var mapped = Map(FakeUpdates.PollAnswer(10, 5001, "poll-1", 2));

        Assert.Equal(new PollVote("poll-1", 2), mapped.Vote);
        Assert.Equal("5001", mapped.Activity!.ConversationId);
    }

    [Fact]
    public void Map_Kicked_ChatMarkedRemoved()
    {
        var mapped = Map(FakeUpdates.Kicked(11, 5001));

        Assert.Equal(5001, mapped.RemovedFromChat);
        Assert.Null(mapped.Activity);
    }

    [Fact]
    public void Map_Photo_AttachmentWithTheLargestSizesFileId()
    {
        var photo = new JsonObject { ["photo"] = new JsonArray(Size("small"), Size("large")), ["caption"] = "bukti" };

        var mapped = Map(FakeUpdates.Update(12, "message", FakeUpdates.Message(12, 5001, photo)));

        Assert.Equal([new InboundAttachment("image/jpeg", FileRef: "large")], mapped.Activity!.Attachments);
        Assert.Equal("bukti", mapped.Activity.Text);
    }

    [Fact]
    public void Map_Document_CarriesTypeNameAndTheSizeTelegramReports()
    {
        var mapped = Map(FakeUpdates.Document(13, 5001, "doc-9", "laporan.pdf", "application/pdf", 123_456));

        Assert.Equal([new InboundAttachment("application/pdf", Name: "laporan.pdf", FileRef: "doc-9", Size: 123_456)], mapped.Activity!.Attachments);
    }

    [Theory]
    [InlineData("edited_message")]
    [InlineData("channel_post")]
    public void Map_EditsAndChannelPosts_Ignored(string kind)
    {
        var mapped = Map(FakeUpdates.Update(13, kind, FakeUpdates.Message(13, 5001, new JsonObject { ["text"] = "x" })));

        Assert.Equal(MappedUpdate.Ignored, mapped);
    }

    [Fact]
    public void Map_Sticker_Ignored()
    {
        var sticker = new JsonObject { ["sticker"] = new JsonObject { ["file_id"] = "s", ["file_unique_id"] = "u", ["type"] = "regular", ["width"] = 1, ["height"] = 1, ["is_animated"] = false, ["is_video"] = false } };

        var mapped = Map(FakeUpdates.Update(14, "message", FakeUpdates.Message(14, 5001, sticker)));

        Assert.Equal(MappedUpdate.Ignored, mapped);
    }

    private static JsonObject Size(string id) => new() { ["file_id"] = id, ["file_unique_id"] = id, ["width"] = 10, ["height"] = 10 };

    private static MappedUpdate Map(JsonObject update) =>
        TelegramUpdateMapper.Map(JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!);
}
