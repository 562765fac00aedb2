using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Activities;

/// <summary>
/// One thing a person did in a chat, whatever the channel: typed text, a button press (a message whose
/// <see cref="Value"/> carries the choice), a shared contact, files, or a conversation event.
/// </summary>
public sealed record Activity
{
    public required string Channel { get; init; }

    public required string ConversationId { get; init; }

    public required ChannelUser From { get; init; }

    /// <summary>The channel's id for this update; a repeated id is a retry and has no second effect.</summary>
    public string? Id { get; init; }

    public ActivityType Type { get; init; } = ActivityType.Message;

    public string? Text { get; init; }

    public ActivityValue? Value { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The person's device or platform locale, used as a first guess at their language.</summary>
    public Language? Locale { get; init; }

    /// <summary>For <see cref="ActivityType.Event"/>: what happened, e.g. "bot_removed".</summary>
    public string? EventName { get; init; }

    /// <summary>The channel can offer a "share my phone number" button (<see cref="ButtonKind.ShareContact"/>).</summary>
    public bool CanShareContact { get; init; }

    /// <summary>
    /// The thread of ours this message belongs to (<see cref="ReplyThread.Key"/>), as the channel found it: a forum
    /// topic the bot opened for it, or a reply to a message the bot sent in it. Null for an ordinary message.
    /// </summary>
    public string? ThreadKey { get; init; }

    public ConversationKey Key => new(Channel, ConversationId);

    /// <summary>What the person typed or pressed, trimmed: a button's value wins over its caption.</summary>
    public string Input => Value is ChoiceValue choice ? choice.Value : (Text ?? "").Trim();
}

public enum ActivityType
{
    Message,
    ConversationUpdate,
    Event,
}

/// <summary>
/// A channel account. <see cref="VerifiedPhone"/> and <see cref="VerifiedEmail"/> are set only when the platform vouches
/// for them (WhatsApp's sender number; the institution's own Entra directory for a Teams user's UPN or e-mail).
/// </summary>
public sealed record ChannelUser(string Id, string? Name = null, string? VerifiedPhone = null, string? VerifiedEmail = null);

public readonly record struct ConversationKey(string Channel, string ConversationId)
{
    public override string ToString() => $"{Channel}:{ConversationId}";
}

/// <summary>A received file: where to get it (a URL or the channel's file reference) and, when the channel told, its size in bytes.</summary>
/// <param name="StoreKey">
/// The SHA-256 of a file the channel already put in the evidence store (a web chat upload), resolved by the channel
/// before the turn, so no dialog parses a channel's URL.
/// </param>
public sealed record InboundAttachment(string ContentType, string? Url = null, string? Name = null, string? FileRef = null, long? Size = null,
    string? StoreKey = null);
