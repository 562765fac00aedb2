using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LatsarBot.Data.Demo;

/// <summary>
/// A demo cohort and class, two participants, a coach, an organiser, and staff for the teaching assignment. Idempotent; a demo person not
/// yet bound to any chat gets their enrolment code back, so the demo login works on every fresh browser.
/// </summary>
public sealed class DemoSeeder(LatsarDb db, IOptions<DemoOptions> options, CodeHasher hasher, ILogger<DemoSeeder> log)
{
    public const string InstitutionName = "BPSDM Demo LatsarBot";

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new(Nip.FromTrusted("199001012022031001"), "Andi Pratama", Role.Participant, "6281200000001", TimeZoneCode.Wib, "123456"),
        new(Nip.FromTrusted("199505152022032002"), "Siti Rahmawati", Role.Participant, "6281200000002", TimeZoneCode.Wita, "654321"),
        new(Nip.FromTrusted("197803152005011003"), "Dr. Budi Santoso, M.Si.", Role.Coach, "6281200000003", TimeZoneCode.Wib, "111111"),
        new(Nip.FromTrusted("198207202008012004"), "Rina Wulandari, S.Sos.", Role.Organiser, "6281200000004", TimeZoneCode.Wib, "222222"),
    ];

    /// <summary>Staff for the teaching assignment; they do not log in to the demo, so they have no codes. The last is Andi's mentor.</summary>
    public static readonly IReadOnlyList<DemoTeacher> TeachingStaff =
    [
        new(Nip.FromTrusted("196905121994032001"), "Dra. Sri Lestari, M.Pd.", Role.Facilitator, "6281200000005", "I,II"),
        new(Nip.FromTrusted("197511082000121002"), "Agus Salim, S.T., M.Kom.", Role.Facilitator, "6281200000006", "III"),
        new(Nip.FromTrusted("198004172006042003"), "Dewi Kartika, M.Si.", Role.Coach, "6281200000007", "II,IV"),
        new(Nip.FromTrusted("197201152000031004"), "Ir. Hendra Wijaya", Role.Mentor, "6281200000008", null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Name == InstitutionName, cancellationToken);
        if (institution is null)
        {
            institution = new Institution
            {
                Name = InstitutionName,
                ContactName = "Panitia Latsar (demo)",
                ContactPhone = "+62 812 0000 0000",
                ContactEmail = "panitia@latsarbot.example",
            };
            var cohort = new Cohort { Institution = institution, Name = "Angkatan I Tahun 2026" };
            var kelas = new TrainingClass { Cohort = cohort, Name = "Kelas A" };
            db.Classes.Add(kelas);
            await db.SaveChangesAsync(cancellationToken);

            var staff = People.Where(p => p.Role != Role.Participant)
                .Select(p => new StaffMember { InstitutionId = institution.Id, Nip = p.Nip, Name = p.Name, Phone = p.Phone, TimeZone = p.Zone, StaffRole = p.Role })
                .ToList();
            db.Staff.AddRange(staff);
            var coach = staff.First(s => s.StaffRole == Role.Coach);
            db.Participants.AddRange(People.Where(p => p.Role == Role.Participant).Select((p, i) => new Participant
            {
                InstitutionId = institution.Id,
                Nip = p.Nip,
                Name = p.Name,
                Phone = p.Phone,
                TimeZone = p.Zone,
                Class = kelas,
                Agency = "Pemerintah Kota Demo",
                Ndh = i + 1,
                Coach = coach,
            }));
            await db.SaveChangesAsync(cancellationToken);
            log.LogInformation("Seeded the demo institution, cohort, class and {Count} people", People.Count);
        }

        await SeedTeachingStaffAsync(cancellationToken);
        await RestoreUnusedCodesAsync(cancellationToken);
    }

    /// <summary>
    /// Facilitators and a second coach with their expertise, the coach who taught Kelas A online, and Andi's mentor,
    /// so `coaching assign` and /penugasan have something to propose. Added to an existing demo too; never overwritten.
    /// </summary>
    private async Task SeedTeachingStaffAsync(CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstAsync(i => i.Name == InstitutionName, cancellationToken);
        var nips = TeachingStaff.Select(s => s.Nip).Append(People[2].Nip).ToList();
        var existing = await db.Staff.Where(s => s.Nip != null && nips.Contains(s.Nip.Value)).ToDictionaryAsync(s => s.Nip!.Value, cancellationToken);
        foreach (var seed in TeachingStaff.Where(s => !existing.ContainsKey(s.Nip)))
        {
            var staff = new StaffMember { InstitutionId = institution.Id, Nip = seed.Nip, Name = seed.Name, Phone = seed.Phone, StaffRole = seed.Role, Expertise = seed.Expertise };
            db.Staff.Add(staff);
            existing[seed.Nip] = staff;
        }

        var budi = existing[People[2].Nip];
        budi.Expertise ??= "I,IV";
        await db.SaveChangesAsync(cancellationToken);

        var kelas = await db.Classes.OrderBy(c => c.Id).FirstAsync(c => c.Name == "Kelas A" && c.Cohort!.InstitutionId == institution.Id, cancellationToken);
        if (!await db.ClassTeachings.AnyAsync(t => t.ClassId == kelas.Id && t.StaffId == budi.Id, cancellationToken))
        {
            db.ClassTeachings.Add(new ClassTeaching { ClassId = kelas.Id, StaffId = budi.Id, Stage = TeachingStage.Online });
        }

        var andi = await db.Participants.FirstAsync(p => p.Nip == People[0].Nip, cancellationToken);
        andi.MentorId ??= existing[TeachingStaff[^1].Nip].Id;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RestoreUnusedCodesAsync(CancellationToken cancellationToken)
    {
        var nips = People.Select(p => p.Nip).ToList();
        var unbound = await db.People
            .Where(p => p.Nip != null && nips.Contains(p.Nip.Value) && !db.ChannelIdentities.Any(i => i.PersonId == p.Id))
            .ToListAsync(cancellationToken);
        foreach (var person in unbound)
        {
            var seed = People.First(p => p.Nip == person.Nip);
            person.EnrolmentCodeHash = hasher.Enrolment(seed.Nip.Value, seed.Code);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record DemoPerson(Nip Nip, string Name, Role Role, string Phone, TimeZoneCode Zone, string Code);

public sealed record DemoTeacher(Nip Nip, string Name, Role Role, string Phone, string? Expertise);
