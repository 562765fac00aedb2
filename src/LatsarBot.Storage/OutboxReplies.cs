using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Storage;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Storage;

/// <summary>Reading replies back out of the outbox: for replays of a retried activity, and for a channel's message feed.</summary>
public static class OutboxReplies
{
    public static async Task<IReadOnlyList<StoredReply>> OfInboundAsync(LatsarDb db, long inboundId, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.Where(o => o.InboundId == inboundId).OrderBy(o => o.Sequence)
            .Select(o => new { o.Sequence, o.PayloadJson }).ToListAsync(cancellationToken);
        return rows.Select(r => new StoredReply(r.Sequence, Parse(r.PayloadJson))).ToList();
    }

    public static Reply Parse(string payloadJson) => OutboxPayload.Parse(payloadJson);
}
