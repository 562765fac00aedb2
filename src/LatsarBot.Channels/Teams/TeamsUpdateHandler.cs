using LatsarBot.Bot.Pipeline;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.Teams;

/// <summary>Handles one authentic, mapped activity: runs its turn (the pipeline's ledger drops a redelivered activity id).</summary>
public sealed class TeamsUpdateHandler(TurnPipeline pipeline, ILogger<TeamsUpdateHandler> log)
{
    public async Task HandleAsync(MappedTeamsActivity mapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapped);
        if (mapped.Ignored is { } why)
        {
            log.LogDebug("Teams activity passed over: {Why}", why);
        }

        if (mapped.Reachability is { } reachability && mapped.Reference is { } reference)
        {
            log.LogInformation("Teams conversation {Conversation} is {Reachability}", reference.ConversationId, reachability);
        }

        if (mapped.Turn is { } turn)
        {
            await pipeline.ProcessAsync(turn, cancellationToken);
        }
    }
}
