using LatsarBot.Bot.Activities;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Dialogs.Common;

/// <summary>Who is speaking in this turn, by the channel identity bound to the sender; looked up once per turn scope.</summary>
public sealed class CurrentPerson(LatsarDb db)
{
    private Person? _person;
    private bool _loaded;

    public async Task<Person?> FindAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _person = await db.People
                .Include(p => p.Institution)
                .Where(p => db.ChannelIdentities.Any(i => i.PersonId == p.Id && i.Channel == activity.Channel && i.ChannelUserId == activity.From.Id))
                .FirstOrDefaultAsync(cancellationToken);
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
