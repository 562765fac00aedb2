using LatsarBot.Core.Announcements;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Data.Announcements;

/// <summary>
/// Who an announcement reaches, as queries the database answers in one go (10,000 recipients must not mean
/// 10,000 round trips). Always within the announcement's institution: an organiser speaks only to their own.
/// </summary>
public static class AnnouncementAudience
{
    public static IQueryable<Person> Of(LatsarDb db, Announcement announcement)
    {
        var institution = announcement.InstitutionId;
        var people = db.People.AsNoTracking().Where(p => p.InstitutionId == institution);
        return announcement.Audience switch
        {
            AudienceKind.All => people,
            AudienceKind.Cohort => people.Where(p => p is Participant && ((Participant)p).Class!.CohortId == announcement.CohortId),
            AudienceKind.Class => people.Where(p => p is Participant && ((Participant)p).ClassId == announcement.ClassId),
            AudienceKind.Role when announcement.AudienceRole == Role.Participant => people.Where(p => p is Participant),
            AudienceKind.Role => people.Where(p => p is StaffMember && ((StaffMember)p).StaffRole == announcement.AudienceRole),
            _ => people.Where(_ => false),
        };
    }

    /// <summary>Recipients with the language their message is written in.</summary>
    public static Task<List<Recipient>> RecipientsAsync(LatsarDb db, Announcement announcement, CancellationToken cancellationToken) =>
        Of(db, announcement).OrderBy(p => p.Id).Select(p => new Recipient(p.Id, p.Language)).ToListAsync(cancellationToken);

    /// <summary>
    /// The audience by the channel it would be reached on now (the chat the outbox would pick, <see cref="DeliveryOrder.First"/>,
    /// in the default order), plus how many have no such chat and how many are inside
    /// <paramref name="quiet"/> hours at <paramref name="now"/>. Three set-based queries.
    /// </summary>
    public static async Task<AudienceShape> ShapeAsync(LatsarDb db, Announcement announcement, DateTimeOffset now, QuietHours quiet, CancellationToken cancellationToken)
    {
        var audience = Of(db, announcement);
        var zones = await audience.GroupBy(p => p.TimeZone).Select(g => new { Zone = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var chats = await (
            from identity in db.ChannelIdentities.AsNoTracking()
            where audience.Any(p => p.Id == identity.PersonId)
            join conversation in db.Conversations.AsNoTracking()
                on new { identity.Channel, identity.ConversationId } equals new { conversation.Channel, conversation.ConversationId }
            select new { identity.PersonId, conversation.Channel, Reachable = identity.UnreachableAt == null, LastUsed = identity.LastActiveAt ?? identity.BoundAt })
            .ToListAsync(cancellationToken);
        var perChannel = chats
            .GroupBy(c => c.PersonId)
            .Select(g => DeliveryOrder.Default.First(g, c => c.Channel, c => c.LastUsed, c => c.Reachable)?.Channel)
            .OfType<string>()
            .GroupBy(channel => channel)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = zones.Sum(z => z.Count);
        var asleep = zones.Where(z => quiet.Contains(z.Zone, now)).Sum(z => z.Count);
        return new AudienceShape(total, perChannel, total - perChannel.Values.Sum(), asleep);
    }
}

public sealed record Recipient(int PersonId, Language Language);

/// <summary>An audience before sending: its size, where it would be reached, who cannot be, who is asleep.</summary>
public sealed record AudienceShape(int Total, IReadOnlyDictionary<string, int> PerChannel, int Unreachable, int InQuietHours);
