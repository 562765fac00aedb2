using LatsarBot.Bot.Pipeline;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Handles one authentic, mapped activity: keeps the conversation's reference (its serviceUrl may move), notes an
/// install or uninstall as the conversation's reach, adds what the institution's directory vouches for, and runs its turn (the pipeline's ledger drops a redelivered id).
/// </summary>
public sealed class TeamsUpdateHandler(ITeamsStore store, TeamsDirectory directory, TeamsChannelThreads threads, TurnPipeline pipeline, ILogger<TeamsUpdateHandler> log)
{
    public async Task HandleAsync(MappedTeamsActivity mapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        if (mapped.Ignored is { } why)
        {
            log.LogDebug("Teams activity passed over: {Why}", why);
        }

        if (mapped.Reference is { TenantId: not null, AadObjectId: not null, ConversationType: not "personal" } seen)
        {
            // Seen in a team or group chat of the tenant: a personal chat can be opened with them later (a personal chat's reference says it itself).
            await store.RememberUserAsync(seen, cancellationToken);
        }

        if (mapped.Reference is { } reference && mapped.Reachability is { } reachability)
        {
            if (reachability == TeamsReachability.Reachable)
            {
                await store.RememberReferenceAsync(reference, null, cancellationToken);
                await store.MarkReachableAsync(reference.ConversationId, cancellationToken);
            }
            else
            {
                await store.MarkUnreachableAsync(reference.ConversationId, cancellationToken);
            }
        }

        if (mapped.Reference is { ConversationType: "channel" } inChannel)
        {
            // Where the channel is written to (a coach thread is started there); a thread's own id is kept by the thread.
            await store.RememberReferenceAsync(inChannel with { ConversationId = TeamsChannelThreads.ChannelOf(inChannel.ConversationId) }, null, cancellationToken);
        }

        if (mapped.Turn is { } turn)
        {
            if (mapped.ChannelThread is { } thread)
            {
                if (await threads.KeyOfAsync(thread, cancellationToken) is not { } key)
                {
                    log.LogDebug("Teams message in a channel thread the bot did not start; passed over");
                    return;
                }

                turn = turn with { ThreadKey = key };
            }
            else if (mapped.Reference is { } of)
            {
                turn = await directory.VouchAsync(turn, of, cancellationToken);
            }

            await pipeline.ProcessAsync(turn, cancellationToken);
        }
    }
}
