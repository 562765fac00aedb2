using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LatsarBot.PersonalData;

/// <summary>
/// Every text column of every table in the EF model (string properties and the NIP, whatever their converter), read
/// from the model itself so a table added later is searched and scrubbed without anyone remembering to list it.
/// </summary>
public sealed record TextColumns(string Table, IReadOnlyList<string> Columns)
{
    public static IReadOnlyList<TextColumns> Of(LatsarDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = tables.TryGetValue(table.Name, out var set) ? set : tables[table.Name] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var property in entity.GetProperties())
            {
                var stored = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
                if (stored == typeof(string) && property.GetColumnName(table) is { } column)
                {
                    columns.Add(column);
                }
            }
        }

        return [.. tables.Where(t => t.Value.Count > 0).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TextColumns(t.Key, [.. t.Value]))];
    }

    private const string PeopleTable = "people";

    /// <summary>The SQL test "this column holds <paramref name="parameter"/> somewhere", for the provider.</summary>
    public static string Contains(LatsarDb db, string column, string parameter)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? $"strpos(\"{column}\", {parameter}) > 0" : $"instr(\"{column}\", {parameter}) > 0";
    }

    /// <summary>How many rows of each table hold any of <paramref name="needles"/> in a text column (only tables with some).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountRowsHoldingAsync(LatsarDb db, IReadOnlyCollection<string> needles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(needles);
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var values = needles.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (values.Length == 0)
        {
            return found;
        }

        foreach (var table in Of(db))
        {
            var tests = table.Columns.SelectMany(c => values.Select((_, i) => Contains(db, c, "{" + i + "}")));
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Table}\" WHERE {string.Join(" OR ", tests)}";
            var count = await db.Database.SqlQueryRaw<int>(sql, values.Cast<object>().ToArray()).SingleAsync(cancellationToken);
            if (count > 0)
            {
                found[table.Table] = count;
            }
        }

        return found;
    }

    /// <summary>Replaces <paramref name="needle"/> by <paramref name="replacement"/> in every text column of every table; the rows changed.</summary>
    /// <remarks>
    /// The people table is left out: the person's own row is rewritten field by field, and another person whose name
    /// merely contains theirs ("Andi Pratama Putra") keeps it.
    /// </remarks>
    public static async Task<int> ReplaceEverywhereAsync(LatsarDb db, string needle, string replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = 0;
        foreach (var table in Of(db).Where(t => t.Table != PeopleTable))
        {
            foreach (var column in table.Columns)
            {
                var sql = $"UPDATE \"{table.Table}\" SET \"{column}\" = REPLACE(\"{column}\", {{0}}, {{1}}) WHERE {Contains(db, column, "{0}")}";
                changed += await db.Database.ExecuteSqlRawAsync(sql, [needle, replacement], cancellationToken);
            }
        }

        return changed;
    }
}
