using LatsarBot.Core.Coaching;
using LatsarBot.Core.Participants;
using LatsarBot.Sheets;
using LatsarBot.Data;
using LatsarBot.Roster;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Staff;

/// <summary>
/// `staff import`: coaches and facilitators with their expertise (peminatan) and the classes they taught in the
/// online stage, upserted by NIP into one institution. All or nothing: any rejected row and nothing is written.
/// The person rules (NIP, name, phone, e-mail, role) are the roster's own.
/// </summary>
public sealed class StaffImporter(LatsarDb db)
{
    public const string ExpertiseUnknown = "expertise.unknown";
    public const string RoleParticipant = "role.participant";
    public const string CohortUnknown = "cohort.unknown";
    public const string CohortRequired = "cohort.required";
    public const string ClassUnknown = "class.unknown";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["nip"] = "nip",
        ["name"] = "name",
        ["nama"] = "name",
        ["role"] = "role",
        ["peran"] = "role",
        ["phone"] = "phone",
        ["hp"] = "phone",
        ["no_hp"] = "phone",
        ["email"] = "email",
        ["e_mail"] = "email",
        ["expertise"] = "expertise",
        ["peminatan"] = "expertise",
        ["keahlian"] = "expertise",
        ["agenda"] = "expertise",
        ["cohort"] = "cohort",
        ["angkatan"] = "cohort",
        ["online_classes"] = "online_classes",
        ["kelas_daring"] = "online_classes",
        ["kelas_online"] = "online_classes",
    };

    public async Task<StaffImportResult> ImportAsync(Stream csv, string institutionName, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CsvSheet sheet;
        try
        {
            using var buffer = new MemoryStream();
            await csv.CopyToAsync(buffer, cancellationToken);
            sheet = CsvSheet.Read(buffer.ToArray(), Aliases, ["nip", "name", "role"], "nip,nama,peran,peminatan,angkatan,kelas_daring");
        }
        catch (CsvSheetException e)
        {
            return new StaffImportResult { Error = e.Message };
        }

        var lowered = institutionName.Trim().ToLowerInvariant();
        var institution = await db.Institutions.OrderBy(i => i.Id).FirstOrDefaultAsync(i => i.Name.ToLower() == lowered, cancellationToken);
        if (institution is null)
        {
            return new StaffImportResult { Error = $"no institution named '{institutionName}'; import its roster first (participants import)" };
        }

        var cohorts = await db.Cohorts.Include(c => c.Classes).Where(c => c.InstitutionId == institution.Id).ToListAsync(cancellationToken);
        var nips = sheet.Rows.Select(r => Nip.Parse(r["nip"]).Nip).OfType<Nip>().ToList();
        var people = await db.People.Where(p => p.Nip != null && nips.Contains(p.Nip.Value)).ToDictionaryAsync(p => p.Nip!.Value, cancellationToken);
        var staffIds = people.Values.Select(p => p.Id).ToList();
        var teachings = await db.ClassTeachings.Where(t => staffIds.Contains(t.StaffId) && t.Stage == TeachingStage.Online && t.Agenda == null).ToListAsync(cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<RosterRowOutcome>();
        var newTeachings = new List<(StaffMember Staff, TrainingClass Class)>();
        var withoutCode = 0;
        foreach (var row in sheet.Rows)
        {
            var check = RosterValidator.Check(new RosterRow { Line = row.Line, Nip = row["nip"], Name = row["name"], Role = row["role"] ?? "", Phone = row["phone"], Email = row["email"] });
            var reasons = check.Reasons.ToList();
            if (row.LayoutProblem is { } layout)
            {
                reasons = [new RosterReason(RosterRules.RowColumns, layout)];
            }

            var entry = reasons.Count == 0 ? check.Entry : null;
            if (entry is not null && entry.Role == Role.Participant)
            {
                reasons.Add(new RosterReason(RoleParticipant, "staff import is for coaches, facilitators, mentors, examiners and organisers; participants come with the roster"));
            }

            if (entry is not null && !seen.TryAdd(entry.Nip.Value, row.Line))
            {
                reasons.Add(new RosterReason(RosterRules.NipDuplicate, $"NIP {entry.Nip} already appears on line {seen[entry.Nip.Value]}"));
            }

            var (expertise, unknown) = AgendaCodes.ParseList(row["expertise"]);
            if (unknown.Count > 0)
            {
                reasons.Add(new RosterReason(ExpertiseUnknown, $"expertise must list agendas I, II, III or IV (or 1-4), got {string.Join(", ", unknown.Select(u => $"'{u}'"))}"));
            }

            var classes = OnlineClasses(row, cohorts, reasons);
            var existing = entry is null ? null : people.GetValueOrDefault(entry.Nip);
            if (existing is not null && existing.InstitutionId != institution.Id)
            {
                reasons.Add(new RosterReason(RosterRules.NipOtherInstitution, $"NIP {entry!.Nip} belongs to another institution; a person moves between institutions only by hand"));
            }
            else if (existing is Participant)
            {
                reasons.Add(new RosterReason(RosterRules.RoleChange, $"NIP {entry!.Nip} is a participant; the import does not turn a participant into staff"));
            }

            if (entry is null || reasons.Count > 0)
            {
                rows.Add(new RosterRowOutcome(row.Line, row["nip"]?.Trim(), RosterRowStatus.Rejected, reasons));
                continue;
            }

            var staff = existing as StaffMember;
            if (staff is null)
            {
                staff = new StaffMember { Institution = institution, Nip = entry.Nip, Name = entry.Name, StaffRole = entry.Role };
                db.Staff.Add(staff);
                people[entry.Nip] = staff;
                withoutCode++;
            }

            staff.Name = entry.Name;
            staff.StaffRole = entry.Role;
            staff.Phone = entry.Phone ?? staff.Phone;
            staff.Email = entry.Email ?? staff.Email;
            staff.Expertise = row["expertise"] is null ? staff.Expertise : AgendaCodes.Join(expertise);
            newTeachings.AddRange(classes.Distinct().Where(k => staff.Id == 0 || !teachings.Any(t => t.StaffId == staff.Id && t.ClassId == k.Id)).Select(k => (staff, k)));

            var status = db.Entry(staff).State == EntityState.Added ? RosterRowStatus.Created
                : db.Entry(staff).State == EntityState.Modified ? RosterRowStatus.Updated : RosterRowStatus.Unchanged;
            rows.Add(new RosterRowOutcome(row.Line, entry.Nip.Value, status, []));
        }

        var result = new StaffImportResult { Rows = rows, DryRun = dryRun, TeachingsAdded = newTeachings.Count, WithoutCode = withoutCode };
        if (dryRun || result.Rejected > 0)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        // New staff need their ids before their teachings can point at them; one transaction keeps it all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ClassTeachings.AddRange(newTeachings.Select(t => new ClassTeaching { ClassId = t.Class.Id, StaffId = t.Staff.Id, Stage = TeachingStage.Online }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result with { Committed = true };
    }

    private static List<TrainingClass> OnlineClasses(CsvSheetRow row, List<Cohort> cohorts, List<RosterReason> reasons)
    {
        var names = (row["online_classes"] ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            return [];
        }

        if (row["cohort"] is not { } cohortName)
        {
            reasons.Add(new RosterReason(CohortRequired, "online classes need the cohort (angkatan) they belong to"));
            return [];
        }

        var cohort = cohorts.OrderBy(c => c.Id).FirstOrDefault(c => string.Equals(c.Name, cohortName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (cohort is null)
        {
            reasons.Add(new RosterReason(CohortUnknown, $"the institution has no cohort '{cohortName}'"));
            return [];
        }

        var classes = new List<TrainingClass>();
        foreach (var name in names)
        {
            var kelas = cohort.Classes.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (kelas is null)
            {
                reasons.Add(new RosterReason(ClassUnknown, $"{cohort.Name} has no class '{name}' (it has {string.Join(", ", cohort.Classes.OrderBy(c => c.Id).Select(c => c.Name))})"));
            }
            else
            {
                classes.Add(kelas);
            }
        }

        return classes;
    }
}
