using System.Text.Json;
using System.Text.Json.Nodes;
using LatsarBot.Bot.Activities;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Testing.FakeWhatsApp;

namespace LatsarBot.WhatsApp.Tests.Channel;

public sealed class WhatsAppUpdateMapperTests
{
    private const string From = "6281234567890";

    [Fact]
    public void Map_Text_IsAMessageKeyedByWamidInTheSendersConversation()
    {
        var mapped = Map(FakeWebhooks.Text("wamid.HBgL1", From, "halo"));

        var activity = Assert.Single(mapped.Activities);
        Assert.Equal(("whatsapp", From, From, "Andi", "wamid.HBgL1", "halo"),
            (activity.Channel, activity.ConversationId, activity.From.Id, activity.From.Name, activity.Id, activity.Text));

        // The wa_id is the number the message came from, which WhatsApp vouches for.
        Assert.Equal(From, activity.From.VerifiedPhone);
    }

    public static TheoryData<JsonObject, string> Choices => new()
    {
        { FakeWebhooks.ButtonReply("wamid.b", From, "studied", "Sudah"), "studied" },
        { FakeWebhooks.ListReply("wamid.l", From, "q1.b", "b. Jawaban"), "q1.b" },
        { FakeWebhooks.QuickReply("wamid.t", From, "menu", "Buka menu"), "menu" },
    };

    [Theory, MemberData(nameof(Choices))]
    public void Map_ButtonListOrQuickReply_IsAChoiceValue(JsonObject body, string value)
    {
        var activity = Assert.Single(Map(body).Activities);

        Assert.Equal(new ChoiceValue(value), activity.Value);
    }

    [Theory]
    [InlineData("image", "image/jpeg", null)]
    [InlineData("document", "application/pdf", "laporan.pdf")]
    [InlineData("audio", "audio/ogg", null)]
    [InlineData("video", "video/mp4", null)]
    public void Map_Media_IsAnAttachmentByMediaId(string type, string mime, string? filename)
    {
        var activity = Assert.Single(Map(FakeWebhooks.Media("wamid.m", From, type, "1234567890", mime + "; codecs=opus", caption: "bukti", filename: filename)).Activities);

        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal((mime, "1234567890", filename, "bukti"), (attachment.ContentType, attachment.FileRef, attachment.Name, activity.Text));
    }

    [Fact]
    public void Map_ContactWithBusinessScopedUserId_KeepsItBesideTheWaId()
    {
        var mapped = Map(FakeWebhooks.Text("wamid.u", From, "halo", userId: "US.13491208655302741918"));

        Assert.Equal("US.13491208655302741918", mapped.UserIds[From]);
    }

    [Fact]
    public void Map_UsernameUserWithoutWaId_IsKeyedByTheUserId()
    {
        var body = FakeWebhooks.Text("wamid.n", From, "halo");
        var message = body["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!.AsObject();
        message.Remove("from");
        message["from_user_id"] = "US.42";

        var activity = Assert.Single(Map(body).Activities);

        Assert.Equal("US.42", activity.ConversationId);
        Assert.Null(activity.From.VerifiedPhone);
    }

    [Fact]
    public void Map_AnotherPhoneNumber_IsIgnored()
    {
        var mapped = Map(FakeWebhooks.Message("wamid.o", From, "text", new() { ["body"] = "x" }, phoneNumberId: "42"));

        Assert.Equal((0, 1), (mapped.Activities.Count, mapped.Ignored.Count));
    }

    [Fact]
    public void Map_Statuses_AreReadAndStartNoTurn()
    {
        var mapped = Map(FakeWebhooks.Status("wamid.s", From, "delivered"));

        Assert.Equal((0, "delivered"), (mapped.Activities.Count, Assert.Single(mapped.Statuses).Status));
    }

    private static MappedWebhook Map(JsonObject body) =>
        WhatsAppUpdateMapper.Map(JsonSerializer.Deserialize(body.ToJsonString(), WhatsAppJson.Default.WaWebhook)!, FakeGraphApiServer.PhoneNumberId);
}
