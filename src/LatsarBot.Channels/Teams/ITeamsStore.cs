namespace LatsarBot.Channels.Teams;

/// <summary>
/// What the adapter must remember across restarts, kept by the host (the adapter has no database): each
/// conversation's reference (where to write to it without being asked), and whether the app is still installed there.
/// </summary>
public interface ITeamsStore
{
    Task RememberReferenceAsync(TeamsConversationReference reference, CancellationToken cancellationToken);

    Task<TeamsConversationReference?> RecallReferenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The directory e-mail (UPN) a member look-up found for the person of this conversation; "" when it found none.</summary>
    Task RememberMemberEmailAsync(string conversationId, string email, CancellationToken cancellationToken);

    Task<string?> RecallMemberEmailAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>A value of the adapter's own under <paramref name="key"/> (the ids of a multi-part message's parts sent so far).</summary>
    Task RememberAsync(string key, string value, CancellationToken cancellationToken);

    Task<string?> RecallAsync(string key, CancellationToken cancellationToken);

    Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken);

    Task MarkUnreachableAsync(string conversationId, CancellationToken cancellationToken);
}
