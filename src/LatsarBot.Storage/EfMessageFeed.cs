using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Storage;

public sealed class EfMessageFeed(LatsarDb db) : IMessageFeed
{
    public async Task<IReadOnlyList<FeedMessage>> ReadAsync(ConversationKey conversation, long afterSequence, int max, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.Channel == conversation.Channel && o.ConversationId == conversation.ConversationId && o.Sequence > afterSequence
                && o.Status != OutboxStatus.Cancelled)
            .OrderBy(o => o.Sequence)
            .Take(max)
            .Select(o => new { o.Sequence, o.PayloadJson, o.Kind })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FeedMessage(r.Sequence, OutboxReplies.Parse(r.PayloadJson), r.Kind == OutboxKind.Proactive)).ToList();
    }
}
