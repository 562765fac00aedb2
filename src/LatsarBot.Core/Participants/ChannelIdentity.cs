namespace LatsarBot.Core.Participants;

/// <summary>
/// A person's account on one channel, vouched for by that channel (shared contact, phone, AAD id)
/// or by a one-time enrolment code. Also the address for proactive messages.
/// </summary>
public class ChannelIdentity
{
    public int Id { get; set; }

    public required string Channel { get; set; }

    public required string ChannelUserId { get; set; }

    /// <summary>The conversation to write to when the bot speaks first.</summary>
    public required string ConversationId { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public IdentityProof Proof { get; set; }

    public DateTimeOffset BoundAt { get; set; }

    /// <summary>When the person last wrote on this account: proactive messages go to the one used last.</summary>
    public DateTimeOffset? LastActiveAt { get; set; }

    /// <summary>When the platform said the person blocked or removed the bot; proactive messages skip them until they write again.</summary>
    public DateTimeOffset? UnreachableAt { get; set; }
}

public enum IdentityProof
{
    EnrolmentCode = 0,
    ChannelPhone = 1,
    ChannelDirectory = 2,
}
