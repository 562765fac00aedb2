using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;
using LatsarBot.Channels.WebChat;
using LatsarBot.Data.Outbox;
using LatsarBot.Data;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Browser.Tests.Support;

/// <summary>Puts a proactive message (a reminder, a coach's answer) in a conversation's outbox, as the scheduler would.</summary>
public static class ProactiveMessages
{
    public static async Task AddAsync(TestHost host, string conversationId, Reply reply)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var record = await db.Conversations.SingleAsync(c => c.Channel == WebChatMapper.Channel && c.ConversationId == conversationId);

        db.Outbox.Add(new OutboxMessage
        {
            Channel = WebChatMapper.Channel,
            ConversationId = conversationId,
            Sequence = record.NextSequence++,
            Kind = OutboxKind.Proactive,
            Status = OutboxStatus.Pending,
            PayloadJson = JsonSerializer.Serialize(reply, StateJson.Options),
            CreatedAt = now,
            NotBefore = now,
        });
        // Bumped like a turn does, so a turn racing this write conflicts instead of reusing the sequence.
        record.Version++;
        await db.SaveChangesAsync();
    }
}
