using LatsarBot.Channels.WhatsApp;
using LatsarBot.Data;
using LatsarBot.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.WhatsApp;

/// <summary>The WhatsApp adapter's memory in the database (channel values, channel reach): one short-lived context per call.</summary>
public sealed class EfWhatsAppStore(IServiceScopeFactory scopes, TimeProvider time) : IWhatsAppStore
{
    public async Task RememberAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().RememberAsync(WhatsAppChannel.Name, values, time.GetUtcNow(), cancellationToken);
    }

    public async Task<string?> RecallAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LatsarDb>().RecallAsync(WhatsAppChannel.Name, key, cancellationToken);
    }

    public async Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LatsarDb>().MarkReachableAsync(WhatsAppChannel.Name, conversationId, cancellationToken);
    }
}
