using System.Text;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Mooc.Progress;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Data.Channels;
using LatsarBot.Data.Conversations;
using LatsarBot.Data.Outbox;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using LatsarBot.Testing;

namespace LatsarBot.Tests.PersonalData;

/// <summary>
/// A participant with a row in every table that can be about a person: two channels with their chats, ledger,
/// outbox and delivery facts, scores, plan, logbook with evidence (one file shared with a classmate's entry), the
/// coaching thread and a review, a relay naming her in her coach's chat, an audit line; and her files on disk.
/// </summary>
public sealed class PersonWorld
{
    public const string Nip = "199105052022031005";
    public const string Name = "Andi Pratama Uji";
    public const string Phone = "6281277770001";
    public const string Email = "andi.uji@example.id";
    public const string Token = "0123456789abcdef0123456789abcdef";
    public const string OrphanToken = "fedcba9876543210fedcba9876543210";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);

    private PersonWorld(string root) => Root = root;

    public string Root { get; }

    public EvidenceStore Evidence => new(Path.Combine(Root, "evidence"));

    public ReportFiles Reports => new(Path.Combine(Root, "reports"));

    public int ParticipantId { get; private set; }

    public int ClassmateId { get; private set; }

    public string OwnSha { get; } = new('a', 64);

    public string SharedSha { get; } = new('b', 64);

    public static IReadOnlyList<string> Identity => [Nip, Name, Phone];

    public static async Task<PersonWorld> CreateAsync(TestDatabase database)
    {
        var world = new PersonWorld(TestPaths.NewTempFolder());
        await using var db = database.NewContext();
        var institution = new Institution { Name = "BPSDM Uji" };
        var cohort = new Cohort { Name = "Angkatan Uji", Institution = institution };
        var kelas = new TrainingClass { Name = "Kelas Uji", Cohort = cohort };
        var coach = new StaffMember { Name = "Budi Coach Uji", StaffRole = Role.Coach, Institution = institution, Nip = Core.Participants.Nip.FromTrusted("198506062010011009") };
        var andi = new Participant
        {
            Name = Name, Nip = Core.Participants.Nip.FromTrusted(Nip), Phone = Phone, Email = Email, Institution = institution, Class = kelas, Coach = coach,
            Agency = "Dinas Uji", Ndh = 1, EnrolmentCodeHash = "hash",
        };
        var siti = new Participant { Name = "Siti Rahma Uji", Nip = Core.Participants.Nip.FromTrusted("199303032022032007"), Institution = institution, Class = kelas, Ndh = 2 };
        db.AddRange(andi, siti, coach);
        await db.SaveChangesAsync();
        world.ParticipantId = andi.Id;
        world.ClassmateId = siti.Id;

        db.ChannelIdentities.AddRange(
            new ChannelIdentity { Channel = "telegram", ChannelUserId = "5550001", ConversationId = "5550001", PersonId = andi.Id, BoundAt = Now },
            new ChannelIdentity { Channel = "whatsapp", ChannelUserId = Phone, ConversationId = Phone, PersonId = andi.Id, BoundAt = Now },
            new ChannelIdentity { Channel = "telegram", ChannelUserId = "5550002", ConversationId = "5550002", PersonId = coach.Id, BoundAt = Now });
        db.Conversations.AddRange(
            new ConversationRecord { Channel = "telegram", ConversationId = "5550001", StateJson = $"{{\"nip\":\"{Nip}\",\"name\":\"{Name}\"}}", UpdatedAt = Now },
            new ConversationRecord { Channel = "whatsapp", ConversationId = Phone, StateJson = "{}", UpdatedAt = Now },
            new ConversationRecord { Channel = "telegram", ConversationId = "5550002", StateJson = $"{{\"replyTo\":\"{Name}\"}}", UpdatedAt = Now });
        var inbound = new InboundActivity { Channel = "telegram", ActivityId = "update-1", ConversationId = "5550001", ReceivedAt = Now };
        db.InboundActivities.AddRange(inbound, new InboundActivity { Channel = "whatsapp", ActivityId = "wamid.in", ConversationId = Phone, ReceivedAt = Now });
        await db.SaveChangesAsync();

        var reply = OutboxMessage.Reply("telegram", "5550001", 1, $"{{\"text\":\"Draf: /files/reports/{Token}/draf.md\"}}", inbound, false, Now);
        var reminder = OutboxMessage.Proactive("whatsapp", Phone, 1, "{\"text\":\"Halo\"}", andi.Id, "reminder:1", null, Now);
        var relay = OutboxMessage.Proactive("telegram", "5550002", 1, $"{{\"text\":\"{Name} (NDH 1) menulis: tolong bantu\"}}", coach.Id, "thread:1", null, Now);
        db.Outbox.AddRange(reply, reminder, relay);
        await db.SaveChangesAsync();
        db.OutboxPlatformIds.Add(new OutboxPlatformId { Id = "wamid.out", OutboxMessageId = reminder.Id, Last = true });
        db.DeliveryAttempts.Add(new DeliveryAttempt { MessageKey = "reminder:1", OutboxId = reminder.Id, PersonId = andi.Id, Channel = "whatsapp", Outcome = DeliveryOutcomes.Sent, At = Now });
        db.ChannelValues.Add(new ChannelValue { Channel = "whatsapp", Key = "inbound:" + Phone, Value = "1", UpdatedAt = Now });

        db.MoocProgress.Add(new MoocProgress { ParticipantId = andi.Id, CurrentUnitId = "u2" });
        db.UnitProgress.Add(new UnitProgress { ParticipantId = andi.Id, UnitId = "u1" });
        db.PostTestAttempts.Add(new PostTestAttemptRecord { ParticipantId = andi.Id, Number = 1, ItemsJson = "[]" });
        var activity = new PlannedActivity { Title = "Menata arsip", ExpectedOutput = "Arsip tertata" };
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, Activities = [activity] });
        var sitiActivity = new PlannedActivity { Title = "Layanan", ExpectedOutput = "SOP" };
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = siti.Id, Activities = [sitiActivity] });
        await db.SaveChangesAsync();

        var entry = new LogEntry
        {
            ParticipantId = andi.Id, Date = new DateOnly(2026, 5, 20), DayNumber = 3, PlannedActivityId = activity.Id, WhatWasDone = "Menata arsip bidang", CreatedAt = Now,
            Evidence =
            [
                new Evidence { Sha256 = world.OwnSha, ContentType = "application/pdf", StoragePath = EvidenceRules.StoragePath(world.OwnSha), OriginalName = "surat-andi.pdf" },
                new Evidence { Sha256 = world.SharedSha, ContentType = "application/pdf", StoragePath = EvidenceRules.StoragePath(world.SharedSha) },
            ],
        };
        var sitiEntry = new LogEntry
        {
            ParticipantId = siti.Id, Date = new DateOnly(2026, 5, 20), DayNumber = 3, PlannedActivityId = sitiActivity.Id, WhatWasDone = "SOP layanan", CreatedAt = Now,
            Evidence = [new Evidence { Sha256 = world.SharedSha, ContentType = "application/pdf", StoragePath = EvidenceRules.StoragePath(world.SharedSha) }],
        };
        db.LogEntries.AddRange(entry, sitiEntry);
        db.FollowUpPlans.Add(new FollowUpPlan { ParticipantId = andi.Id, Rtl = "Lanjutkan penataan arsip" });
        var thread = new CoachingThread { ParticipantId = andi.Id, LastMessageAt = Now };
        db.CoachingThreads.Add(thread);
        await db.SaveChangesAsync();
        db.ThreadMessages.AddRange(
            new ThreadMessage { ThreadId = thread.Id, Key = "m1", AuthorId = andi.Id, Author = ThreadAuthor.Participant, Text = "Pak, mohon arahan", SentAt = Now, LogEntryId = entry.Id },
            new ThreadMessage { ThreadId = thread.Id, Key = "m2", AuthorId = coach.Id, Author = ThreadAuthor.Coach, Text = "Baik, lanjutkan", SentAt = Now });
        db.EntryReviews.Add(new EntryReview { LogEntryId = entry.Id, Kind = EntryReviewKind.CoachReviewed, ReviewerId = coach.Id, At = Now });
        AuditLog.Record(db, Now, AuditActor.Cli, AuditActions.CodeIssue, $"{Name} (NIP …1005)", "reissued", AuditOrigin.Cli, institution.Id);
        await db.SaveChangesAsync();

        // Her files: her own evidence (a scanned letter with her name), one the classmate's entry has too, a draft
        // report linked from her chat, one whose link never went out; and a classmate's report.
        world.WriteEvidence(world.OwnSha, $"%PDF-1.4 surat tugas {Name} NIP {Nip}");
        world.WriteEvidence(world.SharedSha, "%PDF-1.4 formulir SOP dinas");
        await world.Reports.SaveAsync(Token, "draf.md", Encoding.UTF8.GetBytes($"# Draf laporan aktualisasi\n\n{Name}, NIP {Nip}\n"), CancellationToken.None);
        await world.Reports.SaveAsync(OrphanToken, "draf.md", Encoding.UTF8.GetBytes($"# Draf\n\nNIP {Nip}\n"), CancellationToken.None);
        await world.Reports.SaveAsync("11111111111111111111111111111111", "draf.md", Encoding.UTF8.GetBytes("# Draf\n\nSiti Rahma Uji\n"), CancellationToken.None);
        return world;
    }

    private void WriteEvidence(string sha, string text)
    {
        var path = Evidence.FullPath(EvidenceRules.StoragePath(sha));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
