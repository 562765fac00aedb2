using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Storage;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Pipeline;

/// <summary>One activity being handled: what came in, the conversation's state, and the replies so far.</summary>
public sealed class Turn
{
    private readonly List<Reply> _replies = [];

    public Turn(Activity activity, ConversationState state, MessageCatalog messages, DateTimeOffset now)
    {
        Activity = activity;
        State = state;
        Messages = messages;
        Now = now;
    }

    public Activity Activity { get; }

    public ConversationState State { get; }

    public MessageCatalog Messages { get; }

    /// <summary>The instant the turn started, read once so a retried turn decides the same way.</summary>
    public DateTimeOffset Now { get; }

    public Language Language => State.Language;

    /// <summary>
    /// The speaker, set by <see cref="IdentityMiddleware"/>; null for a stranger. A dialog that binds or
    /// changes the person within the turn sets it again, so later steps see the change.
    /// </summary>
    public TurnPerson? Person { get; set; }

    /// <summary>Whether the sender had a channel binding when the turn began, if the turn's store could tell (see <see cref="ITurnTransaction.SenderBound"/>).</summary>
    public bool? SenderBound { get; init; }

    public IReadOnlyList<Reply> Replies => _replies;

    public void Send(Reply reply) => _replies.Add(reply);

    public string Text(string key, params (string Name, object? Value)[] args) => Messages.Text(Language, key, args);

    public Reply Say(string key, params (string Name, object? Value)[] args) => new(Text(key, args))
    {
        Source = new MessageRef(key, args.Select(a => new MessageArg(a.Name, Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList()),
    };

    /// <summary>A button whose caption comes from the catalog.</summary>
    public ReplyButton Button(string titleKey, string value) => new(Text(titleKey), value) { TitleKey = titleKey };

    /// <summary>The same reply in the conversation's current language (after /bahasa), where its texts came from the catalog.</summary>
    public Reply Localize(Reply reply)
    {
        var text = reply.Source is { } source
            ? Text(source.Key, source.Args.Select(a => (a.Name, (object?)a.Value)).ToArray())
            : reply.Text;
        var buttons = reply.Buttons.Select(b => b.TitleKey is { } key ? b with { Title = Text(key) } : b).ToList();
        return new Reply(text, buttons, reply.Attachments) { Source = reply.Source, Thread = reply.Thread };
    }

    public void SendText(string key, params (string Name, object? Value)[] args) => Send(Say(key, args));
}
