using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.PersonalData;
using LatsarBot.Retention;
using LatsarBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LatsarBot.Tests.PersonalData;

/// <summary>UU 27/2022 access and deletion: the export holds every row about the person; after erasure no table or file names them.</summary>
public sealed class PersonErasureTests
{
    /// <summary>Tables that refer to the participant by id; with the ones whose text names her, each must be in the export.</summary>
    private static readonly string[] ReferringTables =
    [
        "people", "channel_identities", "conversations", "inbound_activities", "outbox", "outbox_platform_ids", "delivery_attempts", "channel_values",
        "mooc_progress", "unit_progress", "posttest_attempts", "actualization_plans", "actualization_activities", "actualization_log",
        "actualization_evidence", "actualization_reviews", "actualization_follow_ups", "coaching_threads", "coaching_messages", "audit_entries",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_export_holds_every_row_and_file_and_after_erasure_no_table_or_file_names_the_person(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        var world = await PersonWorld.CreateAsync(database);

        await using var db = database.NewContext();
        var naming = await RowsNamingAsync(db, PersonWorld.Identity);
        Assert.Contains("outbox", naming.Keys);
        Assert.Contains("audit_entries", naming.Keys);

        var person = (await PersonFootprint.FindAsync(db, world.ParticipantId, CancellationToken.None))!;
        using var zip = new MemoryStream();
        await new PersonExport(world.Evidence, world.Reports).WriteAsync(db, person, PersonWorld.Now, zip, CancellationToken.None);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        using var data = JsonDocument.Parse(archive.GetEntry(PersonExport.DataEntry)!.Open());
        var tables = data.RootElement.GetProperty("tables");
        foreach (var table in ReferringTables)
        {
            Assert.True(tables.TryGetProperty(table, out var rows) && rows.GetArrayLength() > 0, $"the export has no {table}");
        }

        foreach (var (table, count) in naming)
        {
            Assert.True(tables.TryGetProperty(table, out var rows) && rows.GetArrayLength() >= count, $"the export lacks rows of {table} that name the person");
        }

        Assert.Equal(PersonWorld.Nip, tables.GetProperty("people")[0].GetProperty("Nip").GetString());
        Assert.DoesNotContain(tables.GetProperty("actualization_log").EnumerateArray(), r => r.GetProperty("ParticipantId").GetInt32() == world.ClassmateId);
        var files = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Contains($"files/evidence/{world.OwnSha[..2]}/{world.OwnSha}", files);
        Assert.Contains($"files/evidence/{world.SharedSha[..2]}/{world.SharedSha}", files);
        Assert.Contains($"files/reports/{PersonWorld.Token}/draf.md", files);

        var erasure = new PersonErasure(new RetentionOptions(), world.Evidence, world.Reports, new SqliteWriteGate());
        var result = await erasure.EraseAsync(db, person, AuditActor.Cli, AuditOrigin.Cli, PersonWorld.Now, CancellationToken.None);

        await using var after = database.NewContext();
        Assert.Empty(await RowsNamingAsync(after, PersonWorld.Identity));
        Assert.Empty(FilesNaming(world.Root, PersonWorld.Identity));

        // What is kept: the row under the pseudonym with her scores, the classmate's entry and the file they share.
        var row = await after.Participants.SingleAsync(p => p.Id == world.ParticipantId);
        Assert.Equal(result.Pseudonym, row.Name);
        Assert.Null(row.Nip);
        Assert.Null(row.Phone);
        Assert.True(await after.MoocProgress.AnyAsync(m => m.ParticipantId == world.ParticipantId));
        Assert.True(await after.PostTestAttempts.AnyAsync(a => a.ParticipantId == world.ParticipantId));
        Assert.False(await after.LogEntries.AnyAsync(e => e.ParticipantId == world.ParticipantId));
        Assert.False(await after.ChannelIdentities.AnyAsync(i => i.PersonId == world.ParticipantId));
        Assert.False(await after.Conversations.AnyAsync(c => c.ConversationId == "5550001"));
        Assert.True(await after.LogEntries.AnyAsync(e => e.ParticipantId == world.ClassmateId));
        Assert.False(File.Exists(world.Evidence.FullPath(Core.Actualization.EvidenceRules.StoragePath(world.OwnSha))));
        Assert.True(File.Exists(world.Evidence.FullPath(Core.Actualization.EvidenceRules.StoragePath(world.SharedSha))));
        Assert.True(Directory.Exists(Path.Combine(world.Reports.Root, "11111111111111111111111111111111")));

        // The coach's chat keeps the relay, naming the pseudonym; the erasure is in the log under it alone.
        Assert.Contains(result.Pseudonym, (await after.Outbox.SingleAsync(o => o.Key == "thread:1")).PayloadJson);
        var audit = await after.AuditEntries.SingleAsync(a => a.Action == AuditActions.PersonErase);
        Assert.Equal(result.Pseudonym, audit.Subject);
    }

    [Fact]
    public async Task With_scores_set_to_deleted_the_learning_records_go_too()
    {
        await using var database = TestDatabase.Sqlite();
        await database.MigrateAsync();
        var world = await PersonWorld.CreateAsync(database);
        await using var db = database.NewContext();
        var person = (await PersonFootprint.FindAsync(db, world.ParticipantId, CancellationToken.None))!;
        var erasure = new PersonErasure(new RetentionOptions { ErasedScores = ErasedScores.Deleted }, world.Evidence, world.Reports, new SqliteWriteGate());

        var result = await erasure.EraseAsync(db, person, AuditActor.Cli, AuditOrigin.Cli, PersonWorld.Now, CancellationToken.None);

        await using var after = database.NewContext();
        Assert.False(result.ScoresKept);
        Assert.False(await after.MoocProgress.AnyAsync(m => m.ParticipantId == world.ParticipantId));
        Assert.False(await after.UnitProgress.AnyAsync(u => u.ParticipantId == world.ParticipantId));
        Assert.False(await after.PostTestAttempts.AnyAsync(a => a.ParticipantId == world.ParticipantId));
        Assert.Empty(await RowsNamingAsync(after, PersonWorld.Identity));
    }

    /// <summary>
    /// Table → rows whose text holds any needle, over every entity type of the EF model and every column stored as text
    /// (found here from the model on its own, not through the code under test).
    /// </summary>
    internal static async Task<Dictionary<string, int>> RowsNamingAsync(LatsarDb db, IReadOnlyList<string> needles)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName(StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema())),
                Stored: p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType)))
            .Where(c => c.Column is not null && c.Stored == typeof(string))
            .GroupBy(c => c.Table);
        foreach (var table in columns)
        {
            var match = string.Join(" OR ", table.Select(c => c.Column).Distinct().SelectMany(c => needles.Select((_, i) => $"\"{c}\" LIKE {{{i}}}")));
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Key}\" WHERE {match}";
            var count = await db.Database.SqlQueryRaw<int>(sql, needles.Select(n => (object)$"%{n}%").ToArray()).SingleAsync();
            if (count > 0)
            {
                found[table.Key] = count;
            }
        }

        return found;
    }

    internal static List<string> FilesNaming(string root, IReadOnlyList<string> needles) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => needles.Any(n => File.ReadAllBytes(f).AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0 || f.Contains(n, StringComparison.Ordinal)))];
}
