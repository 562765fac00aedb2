using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;

namespace LatsarBot.Testing;

/// <summary>
/// A conversation as a script, in the spirit of botbuilder's TestFlow but without clocks or waits: each
/// send runs a whole turn and queues its replies; each assertion takes the next reply in order.
/// Replies are compared with the message catalog by key, in the flow's current language.
/// </summary>
public sealed class TestFlow(Func<Activity, Task<IReadOnlyList<Reply>>> transport, MessageCatalog messages, string channel, string conversationId, ChannelUser user)
{
    private readonly Queue<Reply> _pending = new();

    // Ids unique per flow object: a second flow on the same conversation (after a restart) must not replay the first's.
    private readonly string _idPrefix = Guid.NewGuid().ToString("N")[..8];
    private int _counter;

    public Language Language { get; set; } = Language.Id;

    public string ConversationId => conversationId;

    public ChannelUser User => user;

    public Task<TestFlow> SendAsync(string text) => SendActivityAsync(NewActivity() with { Text = text });

    /// <summary>Presses a button: a message whose value is the button's value.</summary>
    public Task<TestFlow> PressAsync(string value) => SendActivityAsync(NewActivity() with { Value = new ChoiceValue(value) });

    public async Task<TestFlow> SendActivityAsync(Activity activity)
    {
        foreach (var reply in await transport(activity))
        {
            _pending.Enqueue(reply);
        }

        return this;
    }

    public Activity NewActivity() => new()
    {
        Channel = channel,
        ConversationId = conversationId,
        From = user,
        Id = $"{_idPrefix}-{Interlocked.Increment(ref _counter)}",
    };

    /// <summary>The next reply must be the catalog's text for <paramref name="key"/> with these arguments.</summary>
    public Reply AssertReply(string key, params (string Name, object? Value)[] args)
    {
        var reply = Next(key);
        Assert.Equal(messages.Text(Language, key, args), reply.Text);
        return reply;
    }

    /// <summary>The next reply must pass <paramref name="check"/>.</summary>
    public Reply AssertReply(Action<Reply> check)
    {
        var reply = Next("a reply");
        check(reply);
        return reply;
    }

    /// <summary>
    /// The next reply must start with the catalog text of <paramref name="key"/> with these arguments (for texts that end
    /// with a prompt, or a view composed of a catalog title and lines).
    /// </summary>
    public Reply AssertReplyStartsWith(string key, params (string Name, object? Value)[] args)
    {
        var reply = Next(key);
        Assert.StartsWith(messages.Text(Language, key, args), reply.Text, StringComparison.Ordinal);
        return reply;
    }

    /// <summary>
    /// The next reply must be said from <paramref name="key"/>: it carries the key, and its text is the catalog's for that
    /// key with the arguments it was said with. For replies whose arguments the test need not restate (a trophy count,
    /// a star row); the wording may change without the test.
    /// </summary>
    public Reply AssertReplyFrom(string key)
    {
        var reply = Next(key);
        var source = reply.Source ?? throw new Xunit.Sdk.XunitException($"Expected a reply said from '{key}', got a composed text: {reply.Text}");
        Assert.Equal(key, source.Key);
        Assert.Equal(messages.Text(Language, key, [.. source.Args.Select(a => (a.Name, (object?)a.Value))]), reply.Text);
        return reply;
    }

    public void AssertNoReply() =>
        Assert.True(_pending.Count == 0, $"Expected no more replies, got: {string.Join(" | ", _pending.Select(r => r.Text))}");

    /// <summary>Takes whatever replies are queued, for tests about counts rather than wording.</summary>
    public IReadOnlyList<Reply> TakeAll()
    {
        var all = _pending.ToList();
        _pending.Clear();
        return all;
    }

    private Reply Next(string expected) =>
        _pending.Count > 0 ? _pending.Dequeue() : throw new Xunit.Sdk.XunitException($"Expected {expected}, but the bot said nothing more.");
}
