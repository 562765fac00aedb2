using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Testing;

/// <summary>
/// A cohort of one class with many participants and their chats, written set-based (one INSERT … SELECT per table).
/// Person id p: p % 50 == 3 has no chat at all; p % 100 == 7 has one the platform marked unreachable; the others have
/// a Telegram chat (even p) or a web chat (odd p), conversation "c{p}". allReachable: everyone on Telegram.
/// </summary>
public static class BroadcastAudience
{
    public sealed record Seeded(int InstitutionId, int CohortId, int ClassId, int OrganiserId);

    public static async Task<Seeded> SeedAsync(BotHarness bot, int count, bool allReachable = false)
    {
        await using var db = bot.NewContext();
        var institution = new Institution { Name = "BPSDM Uji " + Guid.NewGuid().ToString("N")[..6] };
        var cohort = new Cohort { Institution = institution, Name = "Angkatan Uji" };
        var kelas = new TrainingClass { Cohort = cohort, Name = "Kelas Besar" };
        var organiser = new StaffMember { Institution = institution, Name = "Penyelenggara", StaffRole = Role.Organiser };
        db.AddRange(institution, cohort, kelas, organiser);
        await db.SaveChangesAsync();
        db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = "org", ConversationId = "org-chat", PersonId = organiser.Id, BoundAt = bot.Time.GetUtcNow() });
        db.Conversations.Add(new Data.Conversations.ConversationRecord { Channel = "webchat", ConversationId = "org-chat", StateJson = "{}", UpdatedAt = bot.Time.GetUtcNow() });
        await db.SaveChangesAsync();

        var postgres = bot.Database.Provider == DatabaseProvider.Postgres;
        var numbers = postgres ? $"generate_series(1, {count}) AS n(i)" : $"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count}) SELECT i FROM s) AS n";
        string Q(string name) => postgres ? $"\"{name}\"" : name;
        // Numbers and identifiers only, all of them ours: nothing here comes from outside the test.
        var people =
            $"INSERT INTO people ({Q("InstitutionId")}, {Q("Name")}, {Q("TimeZone")}, {Q("Language")}, {Q("FailedCodeAttempts")}, {Q("Version")}, kind, {Q("ClassId")}) " +
            $"SELECT {institution.Id}, 'Peserta ' || n.i, CASE n.i % 3 WHEN 0 THEN 'Wib' WHEN 1 THEN 'Wita' ELSE 'Wit' END, CASE WHEN n.i % 10 = 0 THEN 'En' ELSE 'Id' END, 0, 0, 'participant', {kelas.Id} FROM {numbers}";
        await db.Database.ExecuteSqlRawAsync(people);
        var chats = allReachable
            ? $"SELECT 'telegram' AS ch, p.{Q("Id")} AS pid, NULL AS gone FROM people p WHERE p.{Q("ClassId")} = {kelas.Id}"
            : $"SELECT CASE WHEN p.{Q("Id")} % 2 = 0 THEN 'telegram' ELSE 'webchat' END AS ch, p.{Q("Id")} AS pid, CASE WHEN p.{Q("Id")} % 100 = 7 THEN 0 ELSE NULL END AS gone " +
              $"FROM people p WHERE p.{Q("ClassId")} = {kelas.Id} AND p.{Q("Id")} % 50 <> 3";
        var identities =
            $"INSERT INTO channel_identities ({Q("Channel")}, {Q("ChannelUserId")}, {Q("ConversationId")}, {Q("PersonId")}, {Q("Proof")}, {Q("BoundAt")}, {Q("UnreachableAt")}) " +
            $"SELECT c.ch, 'u' || c.pid, 'c' || c.pid, c.pid, 'EnrolmentCode', 0, {(postgres ? "c.gone::bigint" : "c.gone")} FROM ({chats}) AS c";
        await db.Database.ExecuteSqlRawAsync(identities);
        var conversations =
            $"INSERT INTO conversations ({Q("Channel")}, {Q("ConversationId")}, {Q("StateJson")}, {Q("Version")}, {Q("NextSequence")}, {Q("UpdatedAt")}) " +
            $"SELECT i.{Q("Channel")}, i.{Q("ConversationId")}, '{{{{}}}}', 0, 1, 0 FROM channel_identities i WHERE i.{Q("ConversationId")} LIKE 'c%'";
        await db.Database.ExecuteSqlRawAsync(conversations);
        return new Seeded(institution.Id, cohort.Id, kelas.Id, organiser.Id);
    }
}
