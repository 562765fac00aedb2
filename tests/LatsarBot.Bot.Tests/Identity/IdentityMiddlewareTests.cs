using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Storage;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Tests.Identity;

public sealed class IdentityMiddlewareTests
{
    private static Turn NewTurn(Language? locale = null) => new(
        new Activity { Channel = "test", ConversationId = "c", From = new ChannelUser("u"), Locale = locale },
        new ConversationState(),
        new MessageCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>()),
        DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Invoke_KnownPerson_ResolvedOnceAndTheirLanguageChosen()
    {
        var resolver = new CountingResolver(new TurnPerson(7, "Ana", Role.Participant, Language.En, TimeZoneCode.Wita, 1));
        var turn = NewTurn();
        TurnPerson? seen = null;

        await new IdentityMiddleware(resolver).InvokeAsync(turn, _ => { seen = turn.Person; return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(1, resolver.Calls);
        Assert.Equal(7, seen?.Id);
        Assert.Equal(Language.En, turn.State.Language);
        Assert.True(turn.State.LanguageChosen);
    }

    [Fact]
    public async Task Invoke_Stranger_NoPersonAndTheLocaleUsedUnchosen()
    {
        var turn = NewTurn(Language.En);

        await new IdentityMiddleware(new CountingResolver(null)).InvokeAsync(turn, _ => Task.CompletedTask, CancellationToken.None);

        Assert.Null(turn.Person);
        Assert.Equal(Language.En, turn.State.Language);
        Assert.False(turn.State.LanguageChosen);
    }

    private sealed class CountingResolver(TurnPerson? person) : IPersonResolver
    {
        public int Calls { get; private set; }

        public ValueTask<TurnPerson?> ResolveAsync(Turn turn, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(person);
        }
    }
}
