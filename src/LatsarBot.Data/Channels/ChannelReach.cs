using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Channels;

/// <summary>
/// Whether a conversation can still be written to, kept on its channel identities: set when the platform says the
/// chat is gone (blocked, kicked, deleted), cleared when the person writes again. Every channel and the outbox mark it
/// here, so fan-outs skip the same conversations whoever found them gone.
/// </summary>
public static class ChannelReach
{
    public static Task<int> MarkUnreachableAsync(this LatsarDb db, string channel, string conversationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ChannelIdentities
            .Where(i => i.Channel == channel && i.ConversationId == conversationId && i.UnreachableAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UnreachableAt, now), cancellationToken);

    public static async Task MarkReachableAsync(this LatsarDb db, string channel, string conversationId, CancellationToken cancellationToken)
    {
        var unreachable = db.ChannelIdentities.Where(i => i.Channel == channel && i.ConversationId == conversationId && i.UnreachableAt != null);

        // Read first: nearly every update comes from a reachable chat, and a read takes no SQLite write lock.
        if (await unreachable.AnyAsync(cancellationToken))
        {
            await unreachable.ExecuteUpdateAsync(s => s.SetProperty(i => i.UnreachableAt, (DateTimeOffset?)null), cancellationToken);
        }
    }
}
