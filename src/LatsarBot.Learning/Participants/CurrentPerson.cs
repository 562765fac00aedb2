using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Learning.Participants;

/// <summary>
/// Who is speaking, by the channel identity bound to the sender: the identity middleware asks once per
/// turn, and the entity stays tracked by the turn's DbContext for the dialogs that need more than
/// <see cref="TurnPerson"/> holds.
/// </summary>
public sealed class CurrentPerson(LatsarDb db) : IPersonResolver
{
    // Compiled once: run through DbSet, this query's expression tree is re-walked (parameter extraction
    // and the query cache lookup) on every turn.
    private static readonly CompiledQuery<Func<LatsarDb, string, string, CancellationToken, Task<ChannelIdentity?>>> BySender = new(() =>
        EF.CompileAsyncQuery((LatsarDb db, string channel, string channelUserId, CancellationToken _) =>
            db.ChannelIdentities
                .Include(i => i.Person!)
                .ThenInclude(p => p.Institution)
                .FirstOrDefault(i => i.Channel == channel && i.ChannelUserId == channelUserId)));

    // A minute is precise enough to tell which channel was used last, and spares the other turns of a sitting an UPDATE each.
    private static readonly TimeSpan LastActivePrecision = TimeSpan.FromMinutes(1);

    private Person? _person;

    public async ValueTask<TurnPerson?> ResolveAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.SenderBound == false)
        {
            // The turn's first read found no binding for the sender: nobody to load.
            _person = null;
            return null;
        }

        var identity = await BySender.For(db)(db, turn.Activity.Channel, turn.Activity.From.Id, cancellationToken);
        if (identity is not null && (identity.LastActiveAt is not { } last || turn.Now - last >= LastActivePrecision))
        {
            // Written by the turn's commit: proactive messages go to the channel the person used last.
            identity.LastActiveAt = turn.Now;
        }

        _person = identity?.Person;
        return _person is null ? null : Of(_person);
    }

    /// <summary>The speaker's entity, as resolved (or bound) in this turn; null for a stranger.</summary>
    public Person? Entity => _person;

    /// <summary>The speaker as <typeparamref name="T"/>, for steps that only a speaker of that kind reaches.</summary>
    public T Required<T>()
        where T : Person => (T)(_person ?? throw new InvalidOperationException("No person speaks in this turn."));

    /// <summary>Binds the sender's channel account to <paramref name="person"/>; the turn commits it.</summary>
    public void Bind(Turn turn, Person person, IdentityProof proof)
    {
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = turn.Activity.Channel,
            ChannelUserId = turn.Activity.From.Id,
            ConversationId = turn.Activity.ConversationId,
            PersonId = person.Id,
            Proof = proof,
            BoundAt = turn.Now,
            LastActiveAt = turn.Now,
        });
        _person = person;
        Refresh(turn);
    }

    /// <summary>The sender's binding was removed in this turn: later steps see a stranger.</summary>
    public void Forget(Turn turn)
    {
        _person = null;
        Refresh(turn);
    }

    /// <summary>After a step changed the person (name, zone, language), so later steps of the turn see it.</summary>
    public void Refresh(Turn turn) => turn.Person = _person is null ? null : Of(_person);

    private static TurnPerson Of(Person person) =>
        new(person.Id, person.Name, person.Role, person.Language, person.TimeZone, person.InstitutionId);
}
