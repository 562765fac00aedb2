using System.Net;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;

namespace LatsarBot.WhatsApp.Tests.Webhook;

/// <summary>Meta disables a webhook that keeps failing: whatever an authentic body holds, the answer is 200 and the host serves on.</summary>
public sealed class WhatsAppRobustnessTests
{
    [Fact]
    public async Task Post_300MutatedBodiesWithValidSignature_AllAnswered200AndTheHostStillServes()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        var statuses = new List<HttpStatusCode>();

        foreach (var body in MutatedBodies.Generate(seed: 20261207, count: 300))
        {
            statuses.Add((await fake.PostRawAsync(body, fake.Sign(body))).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await fake.PushAsync(FakeWebhooks.Text("wamid.after", "6281900000099", "/start"));
        await fake.WaitAsync(r => r.Any(m => m.To == "6281900000099" && m.Accepted));
    }
}
