namespace LatsarBot.Channels.Teams;

/// <summary>
/// What the adapter must remember across restarts, kept by the host (the adapter has no database): each
/// conversation's reference (where to write to it without being asked), and whether the app is still installed there.
/// </summary>
public interface ITeamsStore
{
    /// <summary>The conversation's reference; a personal chat's also tells where its user was last seen (<see cref="RememberUserAsync"/>).</summary>
    /// <param name="alsoFor">Another conversation id that is to be written to through this reference (the one a bound person's messages are addressed to, when Teams gave their chat another).</param>
    Task RememberReferenceAsync(TeamsConversationReference reference, string? alsoFor, CancellationToken cancellationToken);

    Task<TeamsConversationReference?> RecallReferenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Where a user of the tenant was last seen (any conversation, a team channel too): enough to open a personal chat with them.</summary>
    Task RememberUserAsync(TeamsConversationReference seen, CancellationToken cancellationToken);

    /// <summary>The user last seen of the person whose Teams account is bound with this conversation id; null when none.</summary>
    Task<TeamsConversationReference?> RecallUserAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The directory e-mail (UPN) a member look-up found for the person of this conversation; "" when it found none.</summary>
    Task RememberMemberEmailAsync(string conversationId, string email, CancellationToken cancellationToken);

    Task<string?> RecallMemberEmailAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>A value of the adapter's own under <paramref name="key"/> (the ids of a multi-part message's parts sent so far).</summary>
    Task RememberAsync(string key, string value, CancellationToken cancellationToken);

    Task<string?> RecallAsync(string key, CancellationToken cancellationToken);

    Task ForgetAsync(string key, CancellationToken cancellationToken);

    Task MarkReachableAsync(string conversationId, CancellationToken cancellationToken);

    Task MarkUnreachableAsync(string conversationId, CancellationToken cancellationToken);
}
