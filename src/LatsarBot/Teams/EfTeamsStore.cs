using System.Text.Json;
using LatsarBot.Channels.Teams;
using LatsarBot.Data;
using LatsarBot.Data.Channels;

namespace LatsarBot.Teams;

/// <summary>
/// The Teams adapter's memory in the database: conversation references as channel values (JSON under
/// "ref:{conversation id}", no table of their own) and the channel's reach; one short-lived context per call.
/// </summary>
public sealed class EfTeamsStore(IServiceScopeFactory scopes, TimeProvider time) : ITeamsStore
{
    public static string ReferenceKey(string conversationId) => $"ref:{conversationId}";

    public async Task RememberReferenceAsync(TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TeamsChannel.Name,
            new Dictionary<string, string> { [ReferenceKey(reference.ConversationId)] = JsonSerializer.Serialize(reference) }, time.GetUtcNow(), cancellationToken);
    }

    public async Task<TeamsConversationReference?> RecallReferenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(TeamsChannel.Name, ReferenceKey(conversationId), cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<TeamsConversationReference>(json);
    }

    public async Task RememberMemberEmailAsync(string conversationId, string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TeamsChannel.Name,
            new Dictionary<string, string> { [$"member:{conversationId}"] = email }, time.GetUtcNow(), cancellationToken);
    }

    public async Task<string?> RecallMemberEmailAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(TeamsChannel.Name, $"member:{conversationId}", cancellationToken);
    }

    public async Task RememberAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TeamsChannel.Name,
            new Dictionary<string, string> { [key] = value }, time.GetUtcNow(), cancellationToken);
    }

    public async Task<string?> RecallAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(TeamsChannel.Name, key, cancellationToken);
    }

    public async Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkReachableAsync(TeamsChannel.Name, conversationId, cancellationToken);
    }

    public async Task MarkUnreachableAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkUnreachableAsync(TeamsChannel.Name, conversationId, time.GetUtcNow(), cancellationToken);
    }
}
