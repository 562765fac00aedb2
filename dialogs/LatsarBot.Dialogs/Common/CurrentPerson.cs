using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Common;

/// <summary>Who is speaking in this turn, by the channel identity bound to the sender; looked up once per turn scope.</summary>
public sealed class CurrentPerson(LatsarDb db)
{
    // Compiled once: run through DbSet, this query's expression tree is re-walked (parameter extraction
    // and the query cache lookup) on every turn.
    private static readonly CompiledQuery<Func<LatsarDb, string, string, CancellationToken, Task<Person?>>> BySender = new(() =>
        EF.CompileAsyncQuery((LatsarDb db, string channel, string channelUserId, CancellationToken _) =>
            db.People
                .Include(p => p.Institution)
                .FirstOrDefault(p => db.ChannelIdentities.Any(i => i.PersonId == p.Id && i.Channel == channel && i.ChannelUserId == channelUserId))));

    private Person? _person;
    private bool _loaded;

    public async Task<Person?> FindAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _person = await BySender.For(db)(db, activity.Channel, activity.From.Id, cancellationToken);
            _loaded = true;
        }

        return _person;
    }

    /// <summary>Binds the sender's channel account to <paramref name="person"/>; the turn commits it.</summary>
    public void Bind(Activity activity, Person person, IdentityProof proof, DateTimeOffset now)
    {
        db.ChannelIdentities.Add(new ChannelIdentity
        {
            Channel = activity.Channel,
            ChannelUserId = activity.From.Id,
            ConversationId = activity.ConversationId,
            PersonId = person.Id,
            Proof = proof,
            BoundAt = now,
        });
        _person = person;
        _loaded = true;
    }
}
