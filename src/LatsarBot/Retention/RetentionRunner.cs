using LatsarBot.Core.Actualization;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Retention;

/// <summary>
/// Applies <see cref="RetentionOptions"/> once: each rule removes, in batches of <see cref="RetentionOptions.BatchSize"/>,
/// what is older than its period at <c>now</c> and nothing younger. Rows others still point at wait: an inbound row
/// while a reply refers to it, a conversation's state while any of its messages is left (its sequence numbers live there).
/// </summary>
public sealed class RetentionRunner(LatsarDb db, RetentionOptions options, EvidenceStore evidence, ReportFiles reports, SqliteWriteGate gate, ILogger<RetentionRunner> log)
{
    public async Task<RetentionReport> RunAsync(DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        var outbox = options.OutboxPayloads is { } o ? await OutboxAsync(now - o, dryRun, cancellationToken) : 0;
        var inbound = options.InboundLedger is { } i ? await InboundAsync(now - i, dryRun, cancellationToken) : 0;
        var conversations = options.ConversationState is { } c ? await ConversationsAsync(now - c, dryRun, cancellationToken) : 0;
        var folders = options.ReportFiles is { } r ? ReportFolders(now - r, dryRun) : 0;
        var downloads = options.InterruptedDownloads is { } d ? InterruptedDownloads(now - d, dryRun) : 0;
        var (evidenceRows, evidenceFiles) = options.EvidenceAfterCohortEnd is { } e ? await EvidenceAsync(now - e, dryRun, cancellationToken) : (0, 0);
        var report = new RetentionReport(dryRun, outbox, inbound, conversations, folders, downloads, evidenceRows, evidenceFiles);
        log.LogInformation("Retention {Report}", report);
        return report;
    }

    private static readonly OutboxStatus[] Ended = [OutboxStatus.Sent, OutboxStatus.Failed, OutboxStatus.Cancelled];

    private Task<int> OutboxAsync(DateTimeOffset cutoff, bool dryRun, CancellationToken cancellationToken) =>
        BatchesAsync(
            db.Outbox.Where(m => Ended.Contains(m.Status) && (m.SentAt ?? m.CreatedAt) < cutoff).OrderBy(m => m.Id).Select(m => m.Id),
            async ids =>
            {
                await db.OutboxPlatformIds.Where(p => ids.Contains(p.OutboxMessageId)).ExecuteDeleteAsync(cancellationToken);
                await db.DeliveryAttempts.Where(a => ids.Contains(a.OutboxId)).ExecuteDeleteAsync(cancellationToken);
                return await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
            },
            dryRun, cancellationToken);

    private Task<int> InboundAsync(DateTimeOffset cutoff, bool dryRun, CancellationToken cancellationToken) =>
        BatchesAsync(
            db.InboundActivities.Where(a => a.ReceivedAt < cutoff && !db.Outbox.Any(o => o.InboundId == a.Id)).OrderBy(a => a.Id).Select(a => a.Id),
            ids => db.InboundActivities.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken),
            dryRun, cancellationToken);

    private Task<int> ConversationsAsync(DateTimeOffset cutoff, bool dryRun, CancellationToken cancellationToken) =>
        BatchesAsync(
            db.Conversations.Where(c => c.UpdatedAt < cutoff && !db.Outbox.Any(o => o.Channel == c.Channel && o.ConversationId == c.ConversationId))
                .OrderBy(c => c.Id).Select(c => c.Id),
            ids => db.Conversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken),
            dryRun, cancellationToken);

    private async Task<(int Rows, int Files)> EvidenceAsync(DateTimeOffset cutoff, bool dryRun, CancellationToken cancellationToken)
    {
        var lastDay = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var due = db.Evidence.Where(v => db.LogEntries.Any(e => e.Id == v.LogEntryId && db.Participants.Any(p => p.Id == e.ParticipantId
            && db.PhaseDates.Where(d => d.CohortId == p.Class!.CohortId && (d.ClassId == null || d.ClassId == p.ClassId)).Max(d => (DateOnly?)d.To) < lastDay)));
        var shas = await due.Select(v => v.Sha256).Distinct().ToListAsync(cancellationToken);

        // A file goes only when no entry that stays has it (the same bytes sent in a younger cohort stay).
        var kept = await db.Evidence.Where(v => shas.Contains(v.Sha256) && !due.Any(d => d.Id == v.Id)).Select(v => v.Sha256).Distinct().ToListAsync(cancellationToken);
        var rows = await BatchesAsync(due.OrderBy(v => v.Id).Select(v => (long)v.Id), ids => db.Evidence.Where(v => ids.Contains((long)v.Id)).ExecuteDeleteAsync(cancellationToken), dryRun, cancellationToken);
        var files = 0;
        foreach (var sha in shas.Except(kept, StringComparer.Ordinal))
        {
            var path = evidence.FullPath(EvidenceRules.StoragePath(sha));
            if (File.Exists(path))
            {
                files++;
                if (!dryRun)
                {
                    File.Delete(path);
                }
            }
        }

        return (rows, files);
    }

    private int ReportFolders(DateTimeOffset cutoff, bool dryRun)
    {
        if (!Directory.Exists(reports.Root))
        {
            return 0;
        }

        var due = Directory.GetDirectories(reports.Root).Where(f => Directory.GetLastWriteTimeUtc(f) < cutoff.UtcDateTime).ToList();
        if (!dryRun)
        {
            due.ForEach(f => Directory.Delete(f, recursive: true));
        }

        return due.Count;
    }

    private int InterruptedDownloads(DateTimeOffset cutoff, bool dryRun)
    {
        var temp = evidence.TempFolder;
        if (!Directory.Exists(temp))
        {
            return 0;
        }

        var due = Directory.GetFiles(temp).Where(f => File.GetLastWriteTimeUtc(f) < cutoff.UtcDateTime).ToList();
        if (!dryRun)
        {
            due.ForEach(File.Delete);
        }

        return due.Count;
    }

    /// <summary>Removes what <paramref name="due"/> selects, a batch per statement (each its own short transaction); dry, counts it.</summary>
    private async Task<int> BatchesAsync(IQueryable<long> due, Func<List<long>, Task<int>> remove, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return await due.CountAsync(cancellationToken);
        }

        var total = 0;
        while (true)
        {
            var ids = await due.Take(Math.Max(1, options.BatchSize)).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            int removed;
            await using (await gate.EnterAsync(db, cancellationToken))
            {
                removed = await remove(ids);
            }

            total += removed;
            if (removed == 0)
            {
                // Rows selected but not removable (a concurrent writer took them): leave them for the next night.
                return total;
            }
        }
    }
}
