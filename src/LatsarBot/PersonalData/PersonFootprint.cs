using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.PersonalData;

/// <summary>
/// Where one person is in the database by reference: their row, their channel accounts and every conversation those
/// accounts had (state, inbound ledger, outbox, delivery ledger, the adapters' channel values), their learning and
/// actualization records, their coaching thread, and as staff their sign-ins, imports and appointments. Export and
/// erasure both start here; text that merely names them elsewhere is found by <see cref="TextColumns"/>.
/// </summary>
public sealed class PersonFootprint
{
    private PersonFootprint(Person person, IReadOnlyList<(string Channel, string ConversationId)> conversations)
    {
        Person = person;
        Conversations = conversations;
    }

    public Person Person { get; }

    public int Id => Person.Id;

    /// <summary>Every (channel, conversation) of the person's channel accounts.</summary>
    public IReadOnlyList<(string Channel, string ConversationId)> Conversations { get; }

    /// <summary>The identity strings to look for in free text: NIP, full name, phone (as stored and as typed locally), e-mail.</summary>
    public IReadOnlyList<string> Identity { get; private init; } = [];

    public static async Task<PersonFootprint?> FindAsync(LatsarDb db, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var conversations = await db.ChannelIdentities.Where(i => i.PersonId == personId).Select(i => new { i.Channel, i.ConversationId }).Distinct().ToListAsync(cancellationToken);
        return new PersonFootprint(person, [.. conversations.Select(c => (c.Channel, c.ConversationId))]) { Identity = IdentityOf(person) };
    }

    public static async Task<int?> IdOfNipAsync(LatsarDb db, string nipText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Nip.Parse(nipText).Nip is not { } nip)
        {
            return null;
        }

        return await db.People.Where(p => p.Nip == nip).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
    }

    public static IReadOnlyList<string> IdentityOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var identity = new List<string>();
        if (person.Nip is { } nip)
        {
            identity.Add(nip.Value);
        }

        // A very short name would match inside ordinary words; the person's own rows go by reference anyway.
        if (person.Name.Trim().Length >= MinimumNameLength)
        {
            identity.Add(person.Name.Trim());
        }

        if (person.Phone is { Length: > 2 } phone)
        {
            identity.Add(phone);
            if (phone.StartsWith("62", StringComparison.Ordinal))
            {
                identity.Add("0" + phone[2..]);
            }
        }

        if (person.Email is { Length: > 0 } email)
        {
            identity.Add(email);
        }

        return identity;
    }

    /// <summary>Names shorter than this are not searched for in other people's text.</summary>
    public const int MinimumNameLength = 4;

    private bool InConversation(string channel, string conversationId) => Conversations.Contains((channel, conversationId));

    // Each query names the rows by reference; filtering the conversation pairs happens in memory for the handful a person has.

    public async Task<List<long>> ConversationIdsAsync(LatsarDb db, CancellationToken cancellationToken) =>
        await IdsInConversationsAsync(db.Conversations.Select(c => new Row { Id = c.Id, Channel = c.Channel, ConversationId = c.ConversationId }), cancellationToken);

    public async Task<List<long>> InboundIdsAsync(LatsarDb db, CancellationToken cancellationToken) =>
        await IdsInConversationsAsync(db.InboundActivities.Select(a => new Row { Id = a.Id, Channel = a.Channel, ConversationId = a.ConversationId }), cancellationToken);

    public async Task<List<long>> OutboxIdsAsync(LatsarDb db, IReadOnlyCollection<long> inboundIds, CancellationToken cancellationToken)
    {
        var byPerson = await db.Outbox.Where(o => o.PersonId == Id || (o.InboundId != null && inboundIds.Contains(o.InboundId.Value))).Select(o => o.Id).ToListAsync(cancellationToken);
        var inConversations = await IdsInConversationsAsync(db.Outbox.Select(o => new Row { Id = o.Id, Channel = o.Channel, ConversationId = o.ConversationId }), cancellationToken);
        return [.. byPerson.Union(inConversations).Order()];
    }

    public async Task<List<(string Channel, string Key)>> ChannelValueKeysAsync(LatsarDb db, CancellationToken cancellationToken)
    {
        var keys = new List<(string, string)>();
        foreach (var (channel, conversationId) in Conversations.Where(c => c.ConversationId.Length >= 6))
        {
            var found = await db.ChannelValues.Where(v => v.Channel == channel && v.Key.Contains(conversationId)).Select(v => v.Key).ToListAsync(cancellationToken);
            keys.AddRange(found.Select(k => (channel, k)));
        }

        return keys;
    }

    private async Task<List<long>> IdsInConversationsAsync(IQueryable<Row> rows, CancellationToken cancellationToken)
    {
        if (Conversations.Count == 0)
        {
            return [];
        }

        var ids = Conversations.Select(c => c.ConversationId).Distinct().ToList();
        var candidates = await rows.Where(r => ids.Contains(r.ConversationId)).ToListAsync(cancellationToken);
        return [.. candidates.Where(r => InConversation(r.Channel, r.ConversationId)).Select(r => r.Id).Order()];
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public required string Channel { get; init; }

        public required string ConversationId { get; init; }
    }
}
