using System.Text.Json.Serialization;

namespace LatsarBot.Bot.Activities;

/// <summary>
/// What the bot says: text in a small safe Markdown subset (*bold*, _italic_, [label](https://…),
/// line breaks and "- " lists), optional choice buttons and attachments. Each channel renders it.
/// </summary>
public sealed record Reply
{
    [JsonConstructor]
    public Reply(string text, IReadOnlyList<ReplyButton>? buttons = null, IReadOnlyList<ReplyAttachment>? attachments = null)
    {
        Text = text;
        Buttons = buttons ?? [];
        Attachments = attachments ?? [];
    }

    public string Text { get; }

    public IReadOnlyList<ReplyButton> Buttons { get; init; }

    public IReadOnlyList<ReplyAttachment> Attachments { get; init; }

    /// <summary>A question with options that a channel may show natively (a Telegram quiz poll); others show the options as buttons.</summary>
    public ReplyPoll? Poll { get; init; }

    /// <summary>The catalog key and arguments the text came from, so a stored prompt can be said again in another language.</summary>
    public MessageRef? Source { get; init; }

    /// <summary>
    /// The thread the message belongs to (a coaching thread): a channel with topics posts it in the thread's topic,
    /// opening one named <see cref="ReplyThread.Title"/> the first time; any channel may remember which sent message
    /// belongs to which thread, so a reply to it comes back with <see cref="Activity.ThreadKey"/>.
    /// </summary>
    public ReplyThread? Thread { get; init; }

    public Reply WithButtons(params ReplyButton[] buttons) => this with { Buttons = buttons };

    public bool Equals(Reply? other) =>
        other is not null && Text == other.Text && Buttons.SequenceEqual(other.Buttons) && Attachments.SequenceEqual(other.Attachments)
        && Equals(Poll, other.Poll);

    public override int GetHashCode() => HashCode.Combine(Text, Buttons.Count, Attachments.Count);
}

/// <summary>A choice. The value goes back to the bot; quiz keys never travel in it.</summary>
public sealed record ReplyButton(string Title, string Value)
{
    /// <summary>The catalog key of the title, when it came from the catalog.</summary>
    public string? TitleKey { get; init; }

    public ButtonKind Kind { get; init; } = ButtonKind.Choice;
}

public enum ButtonKind
{
    /// <summary>Sends its value back as a <see cref="ChoiceValue"/>.</summary>
    Choice = 0,

    /// <summary>Asks the platform to share the sender's own phone number; the answer is a <see cref="ContactValue"/>.</summary>
    ShareContact = 1,
}

/// <summary>
/// A poll: the options' values are what comes back (as a <see cref="ChoiceValue"/>), whatever the channel.
/// <see cref="CorrectOption"/> makes it a quiz where the platform can show the answer itself.
/// </summary>
public sealed record ReplyPoll(string Question, IReadOnlyList<ReplyButton> Options, int? CorrectOption = null, string? Explanation = null)
{
    public bool Equals(ReplyPoll? other) =>
        other is not null && Question == other.Question && Options.SequenceEqual(other.Options) && CorrectOption == other.CorrectOption && Explanation == other.Explanation;

    public override int GetHashCode() => HashCode.Combine(Question, Options.Count, CorrectOption);
}

/// <summary>A conversation thread inside a chat: our key for it and, for a channel that opens topics, the topic's name.</summary>
public sealed record ReplyThread(string Key, string? Title = null);

/// <summary>A catalog key with its arguments, as invariant text.</summary>
public sealed record MessageRef(string Key, IReadOnlyList<MessageArg> Args);

public sealed record MessageArg(string Name, string? Value);

public sealed record ReplyAttachment(AttachmentKind Kind, string Url, string? Name = null, string? ContentType = null);

public enum AttachmentKind
{
    Image,
    Video,
    Audio,
    Document,
    Link,
}
