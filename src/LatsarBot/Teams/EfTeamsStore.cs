using System.Text.Json;
using LatsarBot.Channels.Teams;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Teams;

/// <summary>
/// The Teams adapter's memory in the database: conversation references as channel values (JSON under
/// "ref:{conversation id}", no table of their own) and the channel's reach; one short-lived context per call.
/// </summary>
public sealed class EfTeamsStore(IServiceScopeFactory scopes, SqliteWriteGate gate, TimeProvider time) : ITeamsStore
{
    public static string ReferenceKey(string conversationId) => $"ref:{conversationId}";

    public static string UserKey(string aadObjectId) => $"user:{aadObjectId}";

    public async Task RememberReferenceAsync(TeamsConversationReference reference, string? alsoFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var json = JsonSerializer.Serialize(reference);
        var values = new Dictionary<string, string> { [ReferenceKey(reference.ConversationId)] = json };
        if (alsoFor is not null)
        {
            values[ReferenceKey(alsoFor)] = json;
        }

        if (reference is { ConversationType: "personal", AadObjectId: { } aad })
        {
            values[UserKey(aad)] = json;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TeamsChannel.Name, values, time.GetUtcNow(), cancellationToken);
    }

    public async Task RememberUserAsync(TeamsConversationReference seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        if (seen.AadObjectId is not { } aad)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(TeamsChannel.Name,
            new Dictionary<string, string> { [UserKey(aad)] = JsonSerializer.Serialize(seen) }, time.GetUtcNow(), cancellationToken);
    }

    public async Task<TeamsConversationReference?> RecallUserAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();

        // A Teams account is bound under its Entra object id (the mapper's sender id when Teams names one).
        var user = await db.ChannelIdentities.AsNoTracking().Where(i => i.Channel == TeamsChannel.Name && i.ConversationId == conversationId)
            .Select(i => i.ChannelUserId).FirstOrDefaultAsync(cancellationToken);
        var json = user is null ? null : await db.RecallAsync(TeamsChannel.Name, UserKey(user), cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<TeamsConversationReference>(json);
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

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await db.ForgetAsync(TeamsChannel.Name, [key], cancellationToken);
        }
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
