using System.Net;
using System.Text;
using LatsarBot.Testing.FakeWhatsApp;

namespace LatsarBot.WhatsApp.Tests.Webhook;

/// <summary>The webhook's HTTP contract with Meta, over real loopback HTTP: verification, signature, always 200 when authentic.</summary>
public sealed class WhatsAppWebhookTests(WhatsAppHostFixture fixture) : IClassFixture<WhatsAppHostFixture>
{
    [Fact]
    public async Task Verify_SubscribeWithOurToken_EchoesTheChallenge()
    {
        var response = await fixture.Host.Client.GetAsync($"/api/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={FakeGraphApiServer.VerifyToken}");

        Assert.Equal((HttpStatusCode.OK, "1158201444"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong")]
    [InlineData("hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=" + FakeGraphApiServer.VerifyToken)]
    [InlineData("hub.mode=subscribe&hub.challenge=1")]
    [InlineData("")]
    public async Task Verify_WrongTokenOrMode_Is403(string query)
    {
        var response = await fixture.Host.Client.GetAsync($"/api/whatsapp?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string, string?> BadSignatures => new()
    {
        { "6281100000001", null },
        { "6281100000002", "sha256=" + new string('0', 64) },
        { "6281100000003", "sha1=" + new string('a', 40) },
        { "6281100000004", "sha256=zz" },
        { "6281100000005", new WhatsAppSignatureOf("another-secret").Value },
    };

    [Theory, MemberData(nameof(BadSignatures))]
    public async Task Post_MissingOrWrongSignature_Is401AndNothingIsProcessed(string waId, string? signature)
    {
        var body = Encoding.UTF8.GetBytes(FakeWebhooks.Text("wamid.bad-" + waId, waId, "/start").ToJsonString());

        var response = await fixture.Fake.PostRawAsync(body, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(waId));
    }

    [Fact]
    public async Task Post_SignatureOfAnotherBody_Is401()
    {
        var body = Encoding.UTF8.GetBytes(FakeWebhooks.Text("wamid.swap", "6281100000010", "/start").ToJsonString());
        var signature = fixture.Fake.Sign(Encoding.UTF8.GetBytes(FakeWebhooks.Text("wamid.swap", "6281100000010", "/menu").ToJsonString()));

        var response = await fixture.Fake.PostRawAsync(body, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync("6281100000010"));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"entry\":\"x\"}")]
    [InlineData("{\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":5}}}]}]}")]
    [InlineData("")]
    public async Task Post_AuthenticBodyWeCannotRead_Is200(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        var response = await fixture.Fake.PostRawAsync(body, fixture.Fake.Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MessageForAnotherPhoneNumber_Is200AndIgnored()
    {
        const string waId = "6281100000020";
        var body = FakeWebhooks.Message("wamid.other-number", waId, "text", new() { ["body"] = "/start" }, phoneNumberId: "999999999999999");

        var response = await fixture.Fake.PushAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(waId));
    }

    [Theory]
    [InlineData("location", "{\"latitude\":-6.2,\"longitude\":106.8}")]
    [InlineData("reaction", "{\"message_id\":\"wamid.x\",\"emoji\":\"👍\"}")]
    [InlineData("sticker", "{\"id\":\"st1\",\"mime_type\":\"image/webp\",\"animated\":false}")]
    [InlineData("contacts", "[{\"name\":{\"formatted_name\":\"Budi\"}}]")]
    [InlineData("unsupported", "{}")]
    [InlineData("system", "{\"body\":\"User changed number\",\"type\":\"user_changed_number\"}")]
    [InlineData("ephemeral", "{}")]
    [InlineData("a_type_from_next_year", "{\"x\":1}")]
    public async Task Post_MessageTypeWithoutTurn_Is200AndNoTurn(string type, string content)
    {
        var waId = "62812" + (uint)type.GetHashCode(StringComparison.Ordinal) % 100_000_000;
        var message = FakeWebhooks.Message("wamid.kind-" + type, waId, "text", new());
        var value = message["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!.AsObject();
        value.Remove("text");
        value["type"] = type;
        value[type] = System.Text.Json.Nodes.JsonNode.Parse(content);

        var response = await fixture.Fake.PushAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await fixture.TurnsOfAsync(waId));
    }

    [Fact]
    public async Task Post_Statuses_Is200()
    {
        var response = await fixture.Fake.PushAsync(FakeWebhooks.Status("wamid.FAKE1", "6281100000030", "delivered"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameWamidTwice_SecondHasNoEffect()
    {
        const string waId = "6281100000040";
        var body = FakeWebhooks.Text("wamid.twice", waId, "/start");
        await fixture.Fake.PushAsync(body);
        var replies = await fixture.RepliesToAsync(waId);

        var again = await fixture.Fake.PushAsync(body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((1, replies), (await fixture.TurnsOfAsync(waId), await fixture.RepliesToAsync(waId)));
        Assert.True(replies > 0);
    }

    /// <summary>The header a body signed with another app secret would carry (over the body the test sends).</summary>
    private sealed record WhatsAppSignatureOf(string Secret)
    {
        public string Value => new Channels.WhatsApp.WhatsAppSignature(Secret)
            .Sign(Encoding.UTF8.GetBytes(FakeWebhooks.Text("wamid.bad-6281100000005", "6281100000005", "/start").ToJsonString()));
    }
}
