using System.Text.Json.Nodes;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Opens the personal chat with a bound person when we hold no reference for it (bound before references were kept,
/// or the chat's reference lost): POST /v3/conversations with the user, the tenant and the bot, which Teams answers
/// with the chat's id (the same one each time) when the person has the app installed, and 403 when not.
/// </summary>
public sealed class TeamsPersonalChats(ITeamsStore store, TeamsConnector connector)
{
    /// <summary>The reference to write to, or the connector's refusal; (null, null) when nobody is known behind the conversation.</summary>
    public async Task<(TeamsConversationReference? Reference, ConnectorAnswer? Refusal)> OpenAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await store.RecallUserAsync(conversationId, cancellationToken) is not { TenantId: { } tenant } user)
        {
            return (null, null);
        }

        var answer = await connector.CreateConversationAsync(user.ServiceUrl, new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = user.BotId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.UserId }),
            ["tenantId"] = tenant,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        }, cancellationToken);
        if (!answer.Ok || answer.Id is not { Length: > 0 and <= TeamsChannel.MaxId } id)
        {
            return (null, answer.Ok ? answer with { Status = System.Net.HttpStatusCode.BadGateway, Error = "no conversation id" } : answer);
        }

        var reference = user with { ConversationId = id, ConversationType = "personal" };
        await store.RememberReferenceAsync(reference, id == conversationId ? null : conversationId, cancellationToken);
        return (reference, null);
    }
}
