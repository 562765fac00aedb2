using System.Security.Cryptography;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using LatsarBot.Retention;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.PersonalData;

/// <summary>
/// UU 27/2022's right to deletion. In one transaction: the person's chats on every channel (state, inbound ledger,
/// outbox, delivery ledger, adapter values), channel accounts, logbook, plan, evidence rows, coaching thread, sign-ins
/// and appointments are deleted; their row stays (others' records point at it) with a random pseudonym for a name and
/// no NIP, phone, e-mail or code; their scores are kept under that pseudonym or deleted, as
/// <see cref="RetentionOptions.ErasedScores"/> says; then every text column of every table has their NIP, name, phone
/// and e-mail replaced, so an audit line or a message to their coach no longer names them. The erasure's own audit
/// entry names the pseudonym only. After the commit their evidence files (unless another entry has the same file) and
/// generated reports are deleted.
/// </summary>
public sealed class PersonErasure(RetentionOptions retention, EvidenceStore evidence, ReportFiles reports, SqliteWriteGate gate)
{
    public sealed record Result(string Pseudonym, int RowsDeleted, int RowsRewritten, int FilesDeleted, bool ScoresKept);

    public async Task<Result> EraseAsync(LatsarDb db, PersonFootprint person, AuditActor actor, AuditOrigin origin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        var pseudonym = "ANON-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        var identity = person.Identity;
        var id = person.Id;
        var rows = await PersonRows.CollectAsync(db, person, cancellationToken);
        var reportUrls = PersonExport.ReportUrlsOf(rows).ToList();
        var shas = await db.Evidence.Where(v => db.LogEntries.Any(e => e.Id == v.LogEntryId && e.ParticipantId == id)).Select(v => v.Sha256).Distinct().ToListAsync(cancellationToken);
        var keepScores = retention.ErasedScores == ErasedScores.Pseudonymised;

        int deleted = 0, rewritten;
        List<string> stillUsed;
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var conversationIds = await person.ConversationIdsAsync(db, cancellationToken);
            var inboundIds = await person.InboundIdsAsync(db, cancellationToken);
            var outboxIds = await person.OutboxIdsAsync(db, inboundIds, cancellationToken);
            var channelValues = await person.ChannelValueKeysAsync(db, cancellationToken);
            var entryIds = await db.LogEntries.Where(e => e.ParticipantId == id).Select(e => e.Id).ToListAsync(cancellationToken);
            var threadIds = await db.CoachingThreads.Where(t => t.ParticipantId == id).Select(t => t.Id).ToListAsync(cancellationToken);
            var planIds = await db.ActualizationPlans.Where(p => p.ParticipantId == id).Select(p => p.Id).ToListAsync(cancellationToken);

            deleted += await db.OutboxPlatformIds.Where(p => outboxIds.Contains(p.OutboxMessageId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.DeliveryAttempts.Where(a => a.PersonId == id || outboxIds.Contains(a.OutboxId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Outbox.Where(o => outboxIds.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.InboundActivities.Where(a => inboundIds.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Conversations.Where(c => conversationIds.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
            foreach (var (channel, key) in channelValues)
            {
                deleted += await db.ChannelValues.Where(v => v.Channel == channel && v.Key == key).ExecuteDeleteAsync(cancellationToken);
            }

            deleted += await db.ChannelIdentities.Where(i => i.PersonId == id).ExecuteDeleteAsync(cancellationToken);

            // Their own thread goes with everything in it; what they wrote as staff in others' threads stays, pseudonymised.
            deleted += await db.ThreadMessages.Where(m => threadIds.Contains(m.ThreadId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.CoachingThreads.Where(t => threadIds.Contains(t.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.EntryReviews.Where(r => entryIds.Contains(r.LogEntryId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.Evidence.Where(v => entryIds.Contains(v.LogEntryId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.LogEntries.Where(e => entryIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.PlannedActivities.Where(a => planIds.Contains(a.PlanId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.ActualizationPlans.Where(p => planIds.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.FollowUpPlans.Where(f => f.ParticipantId == id).ExecuteDeleteAsync(cancellationToken);
            if (!keepScores)
            {
                deleted += await db.UnitProgress.Where(u => u.ParticipantId == id).ExecuteDeleteAsync(cancellationToken);
                deleted += await db.PostTestAttempts.Where(a => a.ParticipantId == id).ExecuteDeleteAsync(cancellationToken);
                deleted += await db.MoocProgress.Where(m => m.ParticipantId == id).ExecuteDeleteAsync(cancellationToken);
            }

            deleted += await db.StaffSignIns.Where(s => s.StaffId == id).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.PendingImports.Where(p => p.StaffId == id).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.ClassStaff.Where(s => s.StaffId == id).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.ClassTeachings.Where(t => t.StaffId == id).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.FacilitatorAssignments.Where(a => a.StaffId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Participants.Where(p => p.CoachId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, (int?)null), cancellationToken);
            await db.Participants.Where(p => p.MentorId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.MentorId, (int?)null), cancellationToken);

            var row = person.Person;
            row.Name = pseudonym;
            row.Nip = null;
            row.Phone = null;
            row.Email = null;
            row.EnrolmentCodeHash = null;
            row.FailedCodeAttempts = 0;
            row.LockedUntil = null;
            row.ProfileConfirmedAt = null;
            if (row is Participant participant)
            {
                participant.Agency = null;
            }

            await db.SaveChangesAsync(cancellationToken);

            rewritten = await TextColumns.ReplaceEverywhereAsync(db, identity, pseudonym, cancellationToken);

            AuditLog.Record(db, now, actor, AuditActions.PersonErase, pseudonym,
                $"{deleted} rows deleted, {rewritten} rewritten; scores {(keepScores ? "kept under the pseudonym" : "deleted")}", origin, row.InstitutionId);
            await db.SaveChangesAsync(cancellationToken);
            stillUsed = await db.Evidence.Where(v => shas.Contains(v.Sha256)).Select(v => v.Sha256).Distinct().ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Files only once the rows are gone for good: a rollback above leaves every file in place.
        var files = 0;
        foreach (var sha in shas.Except(stillUsed, StringComparer.Ordinal))
        {
            files += Delete(evidence.FullPath(Core.Actualization.EvidenceRules.StoragePath(sha)));
        }

        foreach (var url in reportUrls)
        {
            if (reports.PathOf(url) is { } path && Path.GetDirectoryName(path) is { } folder && Directory.Exists(folder))
            {
                files += Directory.GetFiles(folder).Length;
                Directory.Delete(folder, recursive: true);
            }
        }

        files += DeleteReportsNaming(identity);
        return new Result(pseudonym, deleted, rewritten, files, keepScores);
    }

    /// <summary>A draft report whose link never reached the outbox (a crash between writing it and replying) still carries the name.</summary>
    private int DeleteReportsNaming(IReadOnlyList<string> identity)
    {
        if (!Directory.Exists(reports.Root) || identity.Count == 0)
        {
            return 0;
        }

        var files = 0;
        foreach (var folder in Directory.GetDirectories(reports.Root))
        {
            var names = Directory.GetFiles(folder).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Any(f => identity.Any(File.ReadAllText(f).Contains));
            if (names)
            {
                files += Directory.GetFiles(folder).Length;
                Directory.Delete(folder, recursive: true);
            }
        }

        return files;
    }

    private static int Delete(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        File.Delete(path);
        return 1;
    }
}
