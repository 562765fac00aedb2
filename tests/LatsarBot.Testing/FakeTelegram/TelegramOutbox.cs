using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Storage;
using LatsarBot.Channels.Telegram;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>Arranges Telegram data as the scheduler or a bound participant would leave it: pending outbox rows, a chat bound to the demo participant.</summary>
public static class TelegramOutbox
{
    /// <summary>Pending proactive rows, in the order given (their ids, and so the dispatcher's order, follow it).</summary>
    public static async Task AddAsync(TestDatabase database, IEnumerable<(long ChatId, string Text)> messages, CancellationToken cancellationToken = default)
    {
        await using var db = database.NewContext();
        var now = TimeProvider.System.GetUtcNow();
        var sequence = 0L;
        foreach (var (chatId, text) in messages)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = TelegramChannel.Name,
                ConversationId = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Sequence = ++sequence,
                Kind = OutboxKind.Proactive,
                Status = OutboxStatus.Pending,
                PayloadJson = JsonSerializer.Serialize(new Reply(text), StateJson.Options),
                CreatedAt = now,
                NotBefore = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Binds a private chat to the demo participant (the host must have seeded the demo roster).</summary>
    public static async Task BindDemoAsync(TestDatabase database, long chatId, CancellationToken cancellationToken = default)
    {
        await using var db = database.NewContext();
        var person = await db.People.SingleAsync(p => p.Nip == Nip.FromTrusted(DemoPeople.Nip), cancellationToken);
        var id = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = TelegramChannel.Name,
            ChannelUserId = id,
            ConversationId = id,
            PersonId = person.Id,
            Proof = IdentityProof.ChannelPhone,
            BoundAt = TimeProvider.System.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
