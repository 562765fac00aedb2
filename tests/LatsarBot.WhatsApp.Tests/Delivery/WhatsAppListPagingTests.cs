using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data.Outbox;
using LatsarBot.Testing;
using LatsarBot.Testing.FakeWhatsApp;
using LatsarBot.WhatsApp.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp.Tests.Delivery;

/// <summary>A choice set longer than a list holds, sent through the outbox; "Lainnya…" pages it without a turn.</summary>
public sealed class WhatsAppListPagingTests
{
    private const string WaId = "6281400000001";

    [Fact]
    public async Task TwelveChoices_MoreRowTapped_NextPageArrivesAndNoTurnRuns()
    {
        await using var fake = await FakeGraphApiServer.StartAsync();
        await using var database = TestDatabase.Sqlite();
        await using var host = await WhatsAppTestHost.StartAsync(fake, database);
        (await fake.PushAsync(FakeWebhooks.Message("wamid.open", WaId, "reaction", new() { ["message_id"] = "wamid.x", ["emoji"] = "👍" }))).EnsureSuccessStatusCode();
        await AddProactiveAsync(database, new Reply("Pilih unit", [.. Enumerable.Range(1, 12).Select(i => new ReplyButton($"Unit {i}", $"unit:{i}"))]));
        var chat = new WhatsAppChat(fake, WaId);
        await fake.WaitAsync(_ => chat.Messages.Count >= 1);
        var more = chat.Messages[0].Choices[^1];

        var next = await chat.TapAsync(more.Id, m => m.Count >= 1);

        Assert.Equal((WhatsAppReplyRenderer.MoreRow, 10), (more.Title, chat.Messages[0].Choices.Count));
        Assert.Equal(["unit:10", "unit:11", "unit:12"], next.Single().Choices.Select(c => c.Id));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.InboundActivities.CountAsync(a => a.ConversationId == WaId));
    }

    private static async Task AddProactiveAsync(TestDatabase database, Reply reply)
    {
        await using var db = database.NewContext();
        var now = TimeProvider.System.GetUtcNow();
        db.Outbox.Add(new OutboxMessage
        {
            Channel = WhatsAppChannel.Name,
            ConversationId = WaId,
            Sequence = 1,
            Kind = OutboxKind.Proactive,
            Status = OutboxStatus.Pending,
            PayloadJson = OutboxPayload.Of(reply),
            CreatedAt = now,
            NotBefore = now,
        });
        await db.SaveChangesAsync();
    }
}
