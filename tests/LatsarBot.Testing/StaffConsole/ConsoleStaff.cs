using System.Text.RegularExpressions;
using LatsarBot.Core.Actualization;
using LatsarBot.Core.Announcements;
using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Conversations;
using LatsarBot.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing.StaffConsole;

/// <summary>
/// The people of the console's tests: the demo institution (organiser Rina, coach Budi of Andi and Siti, coach Dewi with
/// nobody, facilitator Sri and examiner Yusuf appointed to Kelas A, facilitator Agus appointed nowhere, mentor Hendra of
/// Andi), a second institution with its own organiser, participant and coach, and a LAN admin; each member of staff with
/// a web chat the bot can send the sign-in code to.
/// </summary>
public static partial class ConsoleStaff
{
    public const string Organiser = "198207202008012004";
    public const string Coach = "197803152005011003";
    public const string CoachWithNobody = "198004172006042003";
    public const string Facilitator = "196905121994032001";
    public const string FacilitatorWithNoClass = "197511082000121002";
    public const string Mentor = "197201152000031004";
    public const string Examiner = "196801011993031007";
    public const string ExaminerName = "Prof. Yusuf Penguji";
    public const string OtherOrganiser = "198101012006041005";
    public const string OtherCoach = "198303032009031006";
    public const string OtherCoachName = "Ketut Coach Lain";
    public const string LanAdmin = "197001011995031001";
    public const string OtherInstitution = "BPSDM Provinsi Lain";
    public const string OtherParticipant = "Wayan Lain Sekali";

    /// <summary>Adds the second institution and the LAN admin; returns the ids of the demo's Kelas A and the other class.</summary>
    public static async Task<(int DemoClassId, int OtherClassId)> ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var other = new Institution { Name = OtherInstitution };
        var kelas = new TrainingClass { Name = "Kelas B1", Cohort = new Cohort { Institution = other, Name = "Angkatan II Provinsi" } };
        db.Classes.Add(kelas);
        db.Staff.Add(new StaffMember { Institution = other, Nip = Nip.FromTrusted(OtherOrganiser), Name = "Made Organiser Lain", StaffRole = Role.Organiser });
        await db.SaveChangesAsync();
        var otherCoach = db.Staff.Add(new StaffMember { Institution = other, Nip = Nip.FromTrusted(OtherCoach), Name = OtherCoachName, StaffRole = Role.Coach }).Entity;
        await db.SaveChangesAsync();
        db.Participants.Add(new Participant { InstitutionId = other.Id, Nip = Nip.FromTrusted("199202022022032003"), Name = OtherParticipant, ClassId = kelas.Id, Ndh = 1, CoachId = otherCoach.Id });
        await db.SaveChangesAsync();
        await LanAdminSetup.AddAsync(db, scope.ServiceProvider.GetRequiredService<CodeHasher>(), LanAdmin, "Admin LAN Pusat", "LAN RI", CancellationToken.None);
        var demoInstitution = await db.Classes.Where(c => c.Name == "Kelas A").Select(c => new { c.Id, c.Cohort!.InstitutionId }).FirstAsync();
        var examiner = db.Staff.Add(new StaffMember { InstitutionId = demoInstitution.InstitutionId, Nip = Nip.FromTrusted(Examiner), Name = ExaminerName, StaffRole = Role.Examiner }).Entity;
        var sri = await db.Staff.FirstAsync(s => s.Nip == Nip.FromTrusted(Facilitator));
        await db.SaveChangesAsync();
        db.ClassStaff.AddRange(
            new ClassStaff { ClassId = demoInstitution.Id, StaffId = examiner.Id, Role = Role.Examiner },
            new ClassStaff { ClassId = demoInstitution.Id, StaffId = sri.Id, Role = Role.Facilitator });
        await db.SaveChangesAsync();

        foreach (var staff in await db.Staff.ToListAsync())
        {
            var chat = "staff-chat-" + staff.Id;
            db.ChannelIdentities.Add(new ChannelIdentity { Channel = "webchat", ChannelUserId = chat, ConversationId = chat, PersonId = staff.Id, BoundAt = now });
            db.Conversations.Add(new ConversationRecord { Channel = "webchat", ConversationId = chat, StateJson = "{}", UpdatedAt = now });
        }

        await db.SaveChangesAsync();
        var demoClass = await db.Classes.Where(c => c.Name == "Kelas A").Select(c => c.Id).FirstAsync();
        return (demoClass, kelas.Id);
    }

    public const string LogbookText = "Menyusun SOP arsip digital bersama tim";
    public const string ThreadText = "Pak, apakah format laporan sudah benar?";

    /// <summary>
    /// Andi's logbook entry and a question to his coach, for the pages that must show them only to some; returns the
    /// ids the URLs need: andi, siti, otherp (the other institution's participant), democohort, othercohort, demoann and
    /// otherann (a scheduled announcement of each institution), examinerid, assignment (one of Kelas A's staff appointments).
    /// </summary>
    public static async Task<Dictionary<string, int>> ArrangeRecordsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var andi = await db.Participants.SingleAsync(p => p.Name == "Andi Pratama");
        var activity = new PlannedActivity { Title = "Arsip digital", ExpectedOutput = "SOP", Values = BerAkhlakValues.Akuntabel };
        db.ActualizationPlans.Add(new ActualizationPlan { ParticipantId = andi.Id, StartDate = DateOnly.FromDateTime(now.UtcDateTime), Activities = [activity] });
        await db.SaveChangesAsync();
        db.LogEntries.Add(new LogEntry
        {
            ParticipantId = andi.Id, PlannedActivityId = activity.Id, Date = DateOnly.FromDateTime(now.UtcDateTime), DayNumber = 1, WhatWasDone = LogbookText,
            Values = BerAkhlakValues.Akuntabel, CreatedAt = now,
        });
        db.CoachingThreads.Add(new CoachingThread
        {
            ParticipantId = andi.Id, LastMessageAt = now, WaitingSince = now, DueAt = now.AddDays(2),
            Messages = [new ThreadMessage { Key = "matrix-1", AuthorId = andi.Id, Author = ThreadAuthor.Participant, Text = ThreadText, SentAt = now }],
        });
        await db.SaveChangesAsync();

        // One scheduled announcement per institution, far ahead, so nothing fans out while the pages are read.
        var demoInstitution = andi.InstitutionId;
        var otherInstitution = await db.Institutions.Where(i => i.Name == OtherInstitution).Select(i => i.Id).SingleAsync();
        var demoAnnouncement = new Announcement { InstitutionId = demoInstitution, Audience = AudienceKind.All, AudienceLabel = "Semua", Text = "Pengumuman demo", CreatedAt = now };
        var otherAnnouncement = new Announcement { InstitutionId = otherInstitution, Audience = AudienceKind.All, AudienceLabel = "Semua", Text = "Pengumuman lain", CreatedAt = now };
        demoAnnouncement.Schedule(now.AddDays(60), now);
        otherAnnouncement.Schedule(now.AddDays(60), now);
        db.Announcements.AddRange(demoAnnouncement, otherAnnouncement);
        await db.SaveChangesAsync();
        return new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["demoann"] = demoAnnouncement.Id,
            ["otherann"] = otherAnnouncement.Id,
            ["examinerid"] = await db.Staff.Where(s => s.Nip == Nip.FromTrusted(Examiner)).Select(s => s.Id).SingleAsync(),
            ["assignment"] = await db.ClassStaff.Where(s => s.ClassId == andi.ClassId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            ["andi"] = andi.Id,
            ["siti"] = await db.Participants.Where(p => p.Name == "Siti Rahmawati").Select(p => p.Id).SingleAsync(),
            ["otherp"] = await db.Participants.Where(p => p.Name == OtherParticipant).Select(p => p.Id).SingleAsync(),
            ["democohort"] = await db.Classes.Where(c => c.Id == andi.ClassId).Select(c => c.CohortId).SingleAsync(),
            ["othercohort"] = await db.Cohorts.Where(c => c.Name == "Angkatan II Provinsi").Select(c => c.Id).SingleAsync(),
        };
    }

    /// <summary>The code the bot sent for a sign-in, read from its outbox row as the chat would show it.</summary>
    public static async Task<string> SentCodeAsync(IServiceProvider services, string token)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var payload = await db.Outbox.Where(o => o.Key == "console-sign-in:" + token).Select(o => o.PayloadJson).SingleAsync();
        return CodeIn(payload);
    }

    public static string CodeIn(string text) => SentCode().Match(text) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("No sign-in code in: " + text);

    [GeneratedRegex(@"\*([A-Z2-9]{8})\*")]
    private static partial Regex SentCode();
}
