using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using LatsarBot.Retention;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Retention;

/// <summary>
/// For each retention rule, one thing just past its period (due), one just inside it (kept), and one past it that
/// something still needs (kept): a pending message, a ledger row a kept reply points at, a state with messages left,
/// an evidence file another cohort's entry still has.
/// </summary>
public sealed class RetentionWorld
{
    public static readonly DateTimeOffset Now = new(2026, 9, 1, 19, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static RetentionOptions Options => new()
    {
        OutboxPayloads = TimeSpan.FromDays(30),
        InboundLedger = TimeSpan.FromDays(14),
        ConversationState = TimeSpan.FromDays(60),
        ReportFiles = TimeSpan.FromDays(7),
        InterruptedDownloads = TimeSpan.FromDays(1),
        EvidenceAfterCohortEnd = TimeSpan.FromDays(365),
        BatchSize = 2,
    };

    private RetentionWorld(string root) => Root = root;

    public string Root { get; }

    public EvidenceStore Evidence => new(Path.Combine(Root, "evidence"));

    public ReportFiles Reports => new(Path.Combine(Root, "reports"));

    public static string OldSha => new('c', 64);

    public static string SharedSha => new('d', 64);

    public static string YoungSha => new('e', 64);

    public static async Task<RetentionWorld> CreateAsync(TestDatabase database)
    {
        var world = new RetentionWorld(TestPaths.NewTempFolder());
        var o = Options;
        await using var db = database.NewContext();

        // Inbound: one due with no reply, one due whose reply is kept (so it waits), one just inside.
        var dueInbound = new InboundActivity { Channel = "telegram", ActivityId = "in-due", ConversationId = "c-due", ReceivedAt = Now - o.InboundLedger!.Value - Minute };
        var referenced = new InboundActivity { Channel = "telegram", ActivityId = "in-referenced", ConversationId = "c-kept", ReceivedAt = Now - o.InboundLedger.Value - Minute };
        var youngInbound = new InboundActivity { Channel = "telegram", ActivityId = "in-young", ConversationId = "c-kept", ReceivedAt = Now - o.InboundLedger.Value + Minute };
        db.InboundActivities.AddRange(dueInbound, referenced, youngInbound);
        await db.SaveChangesAsync();

        // Outbox: sent just past the period (due, in conversation c-due), sent just inside (kept, replying to the
        // referenced ledger row), a failed and a cancelled one past it (due), pending from long ago (kept).
        var past = Now - o.OutboxPayloads!.Value - Minute;
        db.Outbox.AddRange(
            Row("c-due", 1, OutboxStatus.Sent, past, "out-due-sent"),
            Row("c-due", 2, OutboxStatus.Failed, past, "out-due-failed"),
            Row("c-due", 3, OutboxStatus.Cancelled, past, "out-due-cancelled"),
            Row("c-kept", 1, OutboxStatus.Sent, Now - o.OutboxPayloads.Value + Minute, "out-young", referenced),
            Row("c-pending", 1, OutboxStatus.Pending, past, "out-pending"));
        await db.SaveChangesAsync();
        var dueSent = db.Outbox.Single(m => m.Key == "out-due-sent");
        db.OutboxPlatformIds.Add(new OutboxPlatformId { Id = "wamid.due", OutboxMessageId = dueSent.Id, Last = true });
        db.DeliveryAttempts.Add(new DeliveryAttempt { MessageKey = "out-due-sent", OutboxId = dueSent.Id, Channel = "telegram", Outcome = DeliveryOutcomes.Sent, At = past });

        // Conversation state: c-due (old, its messages go this run), c-kept (old, a message is left), c-young (inside).
        var stale = Now - o.ConversationState!.Value - Minute;
        db.Conversations.AddRange(
            new ConversationRecord { Channel = "telegram", ConversationId = "c-due", StateJson = "{}", UpdatedAt = stale },
            new ConversationRecord { Channel = "telegram", ConversationId = "c-kept", StateJson = "{}", UpdatedAt = stale },
            new ConversationRecord { Channel = "telegram", ConversationId = "c-young", StateJson = "{}", UpdatedAt = Now - o.ConversationState.Value + Minute });

        // Evidence: a cohort that ended just over a year ago, one that ended just under, one with no calendar.
        var institution = new Institution { Name = "BPSDM Retensi" };
        var ended = Cohort(institution, "Angkatan Lama");
        var recent = Cohort(institution, "Angkatan Baru");
        var undated = Cohort(institution, "Angkatan Tanpa Jadwal");
        db.AddRange(ended, recent, undated);
        await db.SaveChangesAsync();
        var lastDay = DateOnly.FromDateTime((Now - o.EvidenceAfterCohortEnd!.Value).UtcDateTime);
        db.PhaseDates.AddRange(
            new PhaseDates { CohortId = ended.Id, Phase = Phase.Graduation, From = lastDay.AddDays(-1), To = lastDay.AddDays(-1) },
            new PhaseDates { CohortId = recent.Id, Phase = Phase.Graduation, From = lastDay, To = lastDay });
        await db.SaveChangesAsync();
        await EntryAsync(db, ended, "199001012022031011", OldSha, SharedSha);
        await EntryAsync(db, recent, "199001012022031012", SharedSha, YoungSha);
        await EntryAsync(db, undated, "199001012022031013", YoungSha);
        foreach (var sha in new[] { OldSha, SharedSha, YoungSha })
        {
            var path = world.Evidence.FullPath(EvidenceRules.StoragePath(sha));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "%PDF-1.4 " + sha);
        }

        // Files: report folders and interrupted downloads, one each side of their periods.
        foreach (var (token, age) in new[] { (new string('1', 32), o.ReportFiles!.Value + Minute), (new string('2', 32), o.ReportFiles.Value - Minute) })
        {
            await world.Reports.SaveAsync(token, "draf.md", [1, 2, 3], CancellationToken.None);
            Directory.SetLastWriteTimeUtc(Path.Combine(world.Reports.Root, token), (Now - age).UtcDateTime);
        }

        var temp = Directory.CreateDirectory(Path.Combine(world.Evidence.Root, "tmp")).FullName;
        foreach (var (name, age) in new[] { ("partial-old", o.InterruptedDownloads!.Value + Minute), ("partial-young", o.InterruptedDownloads.Value - Minute) })
        {
            await File.WriteAllBytesAsync(Path.Combine(temp, name), [1]);
            File.SetLastWriteTimeUtc(Path.Combine(temp, name), (Now - age).UtcDateTime);
        }

        await db.SaveChangesAsync();
        return world;
    }

    private static OutboxMessage Row(string conversation, long sequence, OutboxStatus status, DateTimeOffset at, string key, InboundActivity? inbound = null)
    {
        var row = OutboxMessage.Proactive("telegram", conversation, sequence, "{\"text\":\"x\"}", 0, key, null, at);
        row.PersonId = null;
        row.Status = status;
        row.SentAt = status == OutboxStatus.Sent ? at : null;
        row.Inbound = inbound;
        return row;
    }

    private static Cohort Cohort(Institution institution, string name) =>
        new() { Name = name, Institution = institution, Classes = [new TrainingClass { Name = "Kelas A" }] };

    private static async Task EntryAsync(LatsarDb db, Cohort cohort, string nip, params string[] shas)
    {
        var participant = new Participant { Name = "Peserta " + nip[^2..], Nip = Nip.FromTrusted(nip), InstitutionId = cohort.InstitutionId, ClassId = cohort.Classes[0].Id };
        var activity = new PlannedActivity { Title = "Kegiatan", ExpectedOutput = "Hasil" };
        db.Add(participant);
        await db.SaveChangesAsync();
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = participant.Id, Activities = [activity] });
        await db.SaveChangesAsync();
        db.LogEntries.Add(new LogEntry
        {
            ParticipantId = participant.Id, Date = new DateOnly(2025, 6, 1), DayNumber = 1, PlannedActivityId = activity.Id, WhatWasDone = "x", CreatedAt = Now,
            Evidence = [.. shas.Select(s => new Evidence { Sha256 = s, ContentType = "application/pdf", StoragePath = EvidenceRules.StoragePath(s) })],
        });
        await db.SaveChangesAsync();
    }
}
