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
    private static string Contains(LatsarDb db, string column, string parameter)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? $"strpos(\"{column}\", {parameter}) > 0" : $"instr(\"{column}\", {parameter}) > 0";
    }

    /// <summary>Replaces each of <paramref name="needles"/> by <paramref name="replacement"/> in every text column of every table; the rows changed, counted per needle.</summary>
    /// <remarks>
    /// Longest first, so a name is not half-replaced by a shorter needle inside it. The people table is left out: the
    /// person's own row is rewritten field by field, and another person whose name merely contains theirs ("Andi
    /// Pratama Putra") keeps it.
    /// </remarks>
    public static async Task<int> ReplaceEverywhereAsync(LatsarDb db, IEnumerable<string> needles, string replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ordered = needles.OrderByDescending(n => n.Length).ToList();
        var changed = 0;
        foreach (var table in Of(db).Where(t => t.Table != PeopleTable))
        {
            foreach (var column in table.Columns)
            {
                var sql = $"UPDATE \"{table.Table}\" SET \"{column}\" = REPLACE(\"{column}\", {{0}}, {{1}}) WHERE {Contains(db, column, "{0}")}";
                foreach (var needle in ordered)
                {
                    changed += await db.Database.ExecuteSqlRawAsync(sql, [needle, replacement], cancellationToken);
                }
            }
        }

        return changed;
    }
}
