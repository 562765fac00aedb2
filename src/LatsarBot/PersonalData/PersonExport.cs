using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using LatsarBot.Core.Actualization;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.PersonalData;

/// <summary>
/// UU 27/2022's right of access: a zip of <c>data.json</c> (every row about the person, table by table, each column as
/// stored) and their files (evidence under <c>files/evidence/</c>, generated reports under <c>files/reports/</c>).
/// </summary>
public sealed partial class PersonExport(EvidenceStore evidence, ReportFiles reports)
{
    public const string DataEntry = "data.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    [GeneratedRegex("/files/reports/[0-9a-f]{32}/[A-Za-z0-9][A-Za-z0-9._-]{0,100}")]
    private static partial Regex ReportUrl();

    public async Task WriteAsync(LatsarDb db, PersonFootprint person, DateTimeOffset now, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var rows = await PersonRows.CollectAsync(db, person, cancellationToken);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var files = new List<string>();

        foreach (var sha in rows.Tables.GetValueOrDefault("actualization_evidence", []).OfType<Evidence>().Select(v => v.Sha256).Distinct(StringComparer.Ordinal))
        {
            if (evidence.Contains(sha))
            {
                var name = "files/evidence/" + EvidenceRules.StoragePath(sha).Replace('\\', '/');
                zip.CreateEntryFromFile(evidence.FullPath(EvidenceRules.StoragePath(sha)), name, CompressionLevel.Optimal);
                files.Add(name);
            }
        }

        foreach (var url in ReportUrlsOf(rows))
        {
            if (reports.ExistingPathOf(url) is { } path)
            {
                var name = "files/reports/" + url[ReportFiles.UrlPrefix.Length..];
                zip.CreateEntryFromFile(path, name, CompressionLevel.Optimal);
                files.Add(name);
            }
        }

        var entry = zip.CreateEntry(DataEntry, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("format", "latsarbot-personal-data/1");
        writer.WriteString("exportedAt", now);
        writer.WriteNumber("personId", person.Id);
        writer.WriteStartObject("tables");
        foreach (var (table, entities) in rows.Tables)
        {
            writer.WriteStartArray(table);
            foreach (var entity in entities)
            {
                WriteRow(db, writer, entity);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The report links sent to the person (their generated drafts live only under those tokens).</summary>
    public static IEnumerable<string> ReportUrlsOf(PersonRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Tables.GetValueOrDefault("outbox", []).OfType<OutboxMessage>()
            .SelectMany(o => ReportUrl().Matches(o.PayloadJson).Select(m => m.Value)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>One row as its columns: the model's column names, values as stored (a NIP as its digits), enums by name.</summary>
    private static void WriteRow(LatsarDb db, Utf8JsonWriter writer, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())!;
        writer.WriteStartObject();
        writer.WriteString("_entity", type.ClrType.Name);
        foreach (var property in type.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var value = property.PropertyInfo!.GetValue(entity);
            if (value is not null && property.GetTypeMapping().Converter is { } converter && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).Namespace?.StartsWith("LatsarBot", StringComparison.Ordinal) == true)
            {
                value = converter.ConvertToProvider(value);
            }

            writer.WritePropertyName(property.GetColumnName() ?? property.Name);
            JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), Json);
        }

        writer.WriteEndObject();
    }
}
