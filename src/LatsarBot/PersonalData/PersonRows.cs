using System.Linq.Expressions;
using System.Reflection;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LatsarBot.PersonalData;

/// <summary>
/// Every row about one person, table by table: those that refer to them (<see cref="PersonFootprint"/>) and, in any
/// table of the model, those whose text names them. What the export writes and what a test compares erasure against.
/// </summary>
public sealed class PersonRows
{
    private readonly Dictionary<string, Dictionary<string, object>> _tables = new(StringComparer.Ordinal);
    private readonly LatsarDb _db;

    private PersonRows(LatsarDb db) => _db = db;

    /// <summary>Table name → its rows about the person, each an entity as loaded (untracked).</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<object>> Tables =>
        _tables.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => (IReadOnlyCollection<object>)t.Value.Values, StringComparer.Ordinal);

    public static async Task<PersonRows> CollectAsync(LatsarDb db, PersonFootprint person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var rows = new PersonRows(db);
        var id = person.Id;
        rows.Add([person.Person]);
        rows.Add(await db.ChannelIdentities.AsNoTracking().Where(i => i.PersonId == id).ToListAsync(cancellationToken));

        var conversationIds = await person.ConversationIdsAsync(db, cancellationToken);
        var inboundIds = await person.InboundIdsAsync(db, cancellationToken);
        var outboxIds = await person.OutboxIdsAsync(db, inboundIds, cancellationToken);
        rows.Add(await db.Conversations.AsNoTracking().Where(c => conversationIds.Contains(c.Id)).ToListAsync(cancellationToken));
        rows.Add(await db.InboundActivities.AsNoTracking().Where(a => inboundIds.Contains(a.Id)).ToListAsync(cancellationToken));
        rows.Add(await db.Outbox.AsNoTracking().Where(o => outboxIds.Contains(o.Id)).ToListAsync(cancellationToken));
        rows.Add(await db.OutboxPlatformIds.AsNoTracking().Where(p => outboxIds.Contains(p.OutboxMessageId)).ToListAsync(cancellationToken));
        rows.Add(await db.DeliveryAttempts.AsNoTracking().Where(a => a.PersonId == id || outboxIds.Contains(a.OutboxId)).ToListAsync(cancellationToken));
        foreach (var (channel, key) in await person.ChannelValueKeysAsync(db, cancellationToken))
        {
            rows.Add(await db.ChannelValues.AsNoTracking().Where(v => v.Channel == channel && v.Key == key).ToListAsync(cancellationToken));
        }

        rows.Add(await db.MoocProgress.AsNoTracking().Where(m => m.ParticipantId == id).ToListAsync(cancellationToken));
        rows.Add(await db.UnitProgress.AsNoTracking().Where(u => u.ParticipantId == id).ToListAsync(cancellationToken));
        rows.Add(await db.PostTestAttempts.AsNoTracking().Where(a => a.ParticipantId == id).ToListAsync(cancellationToken));
        var plans = await db.ActualizationPlans.AsNoTracking().Where(p => p.ParticipantId == id).ToListAsync(cancellationToken);
        rows.Add(plans);
        var planIds = plans.Select(p => p.Id).ToList();
        rows.Add(await db.PlannedActivities.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).ToListAsync(cancellationToken));
        var entries = await db.LogEntries.AsNoTracking().Where(e => e.ParticipantId == id).ToListAsync(cancellationToken);
        rows.Add(entries);
        var entryIds = entries.Select(e => e.Id).ToList();
        rows.Add(await db.Evidence.AsNoTracking().Where(v => entryIds.Contains(v.LogEntryId)).ToListAsync(cancellationToken));
        rows.Add(await db.EntryReviews.AsNoTracking().Where(r => entryIds.Contains(r.LogEntryId) || r.ReviewerId == id).ToListAsync(cancellationToken));
        rows.Add(await db.FollowUpPlans.AsNoTracking().Where(f => f.ParticipantId == id).ToListAsync(cancellationToken));
        var threadIds = await db.CoachingThreads.Where(t => t.ParticipantId == id).Select(t => t.Id).ToListAsync(cancellationToken);
        rows.Add(await db.CoachingThreads.AsNoTracking().Where(t => threadIds.Contains(t.Id)).ToListAsync(cancellationToken));
        rows.Add(await db.ThreadMessages.AsNoTracking().Where(m => threadIds.Contains(m.ThreadId) || m.AuthorId == id).ToListAsync(cancellationToken));
        rows.Add(await db.StaffSignIns.AsNoTracking().Where(s => s.StaffId == id).ToListAsync(cancellationToken));
        rows.Add(await db.PendingImports.AsNoTracking().Where(p => p.StaffId == id).ToListAsync(cancellationToken));
        rows.Add(await db.ClassStaff.AsNoTracking().Where(s => s.StaffId == id).ToListAsync(cancellationToken));
        rows.Add(await db.ClassTeachings.AsNoTracking().Where(t => t.StaffId == id).ToListAsync(cancellationToken));
        rows.Add(await db.FacilitatorAssignments.AsNoTracking().Where(a => a.StaffId == id).ToListAsync(cancellationToken));
        rows.Add(await db.Announcements.AsNoTracking().Where(a => a.AuthorId == id).ToListAsync(cancellationToken));
        rows.Add(await db.AuditEntries.AsNoTracking().Where(a => a.ActorStaffId == id).ToListAsync(cancellationToken));

        // Anything else, in any table the model has now or gets later, that names them in its text.
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.BaseType is null && e.GetTableName() is not null && !e.IsOwned()))
        {
            rows.Add(Naming(db, entity, person.Identity));
        }

        return rows;
    }

    private void Add(IEnumerable<object> entities)
    {
        foreach (var entity in entities)
        {
            var type = _db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType()} is not in the model.");
            var table = type.GetTableName()!;
            var key = string.Join("|", type.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(p.PropertyInfo?.GetValue(entity), System.Globalization.CultureInfo.InvariantCulture)));
            var rows = _tables.TryGetValue(table, out var found) ? found : _tables[table] = new Dictionary<string, object>(StringComparer.Ordinal);
            rows.TryAdd(key, entity);
        }
    }

    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>The rows of <paramref name="entity"/>'s table whose string properties hold any of <paramref name="needles"/>.</summary>
    private static List<object> Naming(LatsarDb db, IEntityType entity, IReadOnlyList<string> needles)
    {
        var strings = entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null).ToList();
        if (strings.Count == 0 || needles.Count == 0)
        {
            return [];
        }

        var row = Expression.Parameter(entity.ClrType, "row");
        Expression? test = null;
        foreach (var property in strings)
        {
            var value = Expression.Property(row, property.PropertyInfo!);
            foreach (var needle in needles)
            {
                Expression holds = Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, typeof(string))), Expression.Call(value, ContainsMethod, Expression.Constant(needle)));
                test = test is null ? holds : Expression.OrElse(test, holds);
            }
        }

        var set = (IQueryable)SetMethod.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
        var noTracking = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!.MakeGenericMethod(entity.ClrType);
        var query = (IQueryable)noTracking.Invoke(null, [set])!;
        var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [entity.ClrType], query.Expression, Expression.Quote(Expression.Lambda(test!, row)));
        return [.. query.Provider.CreateQuery(where).Cast<object>()];
    }
}
