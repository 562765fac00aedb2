using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;
using LatsarBot.Sheets;
using LatsarBot.Data;
using LatsarBot.Roster;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Actualization;

/// <summary>
/// `actualization plan-import`: the planned activities of each participant's rancangan aktualisasi (DOMAIN.md B.8),
/// upserted by NIP + activity title, and optionally the participant's mentor (direct superior), created as staff
/// with the mentor role when their NIP is new. All or nothing, with every rejected row's line and rule.
/// </summary>
public sealed class PlanImporter(LatsarDb db, TimeProvider time)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["nip"] = "nip",
        ["nip_peserta"] = "nip",
        ["activity"] = "activity",
        ["kegiatan"] = "activity",
        ["nama_kegiatan"] = "activity",
        ["expected_output"] = "output",
        ["output"] = "output",
        ["keluaran"] = "output",
        ["output_yang_diharapkan"] = "output",
        ["values"] = "values",
        ["berakhlak"] = "values",
        ["nilai"] = "values",
        ["nilai_berakhlak"] = "values",
        ["berakhlak_values"] = "values",
        ["mission"] = "mission",
        ["mission_link"] = "mission",
        ["agency_mission"] = "mission",
        ["agency_mission_link"] = "mission",
        ["keterkaitan_dengan_misi"] = "mission",
        ["misi_instansi"] = "mission",
        ["misi"] = "mission",
        ["keterkaitan_misi"] = "mission",
        ["visi_misi"] = "mission",
        ["mentor_nip"] = "mentor_nip",
        ["nip_mentor"] = "mentor_nip",
        ["mentor_name"] = "mentor_name",
        ["nama_mentor"] = "mentor_name",
        ["mentor"] = "mentor_name",
        ["mentor_phone"] = "mentor_phone",
        ["hp_mentor"] = "mentor_phone",
        ["no_hp_mentor"] = "mentor_phone",
    };

    public async Task<PlanImportResult> ImportAsync(Stream csv, string cohortName, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CsvSheet sheet;
        try
        {
            using var buffer = new MemoryStream();
            await csv.CopyToAsync(buffer, cancellationToken);
            sheet = CsvSheet.Read(buffer.ToArray(), Aliases, ["nip", "activity"], "nip,kegiatan,output,nilai_berakhlak,misi");
        }
        catch (CsvSheetException e)
        {
            return new PlanImportResult { Error = e.Message };
        }

        var lowered = cohortName.Trim().ToLowerInvariant();
        var cohort = await db.Cohorts.OrderBy(c => c.Id).FirstOrDefaultAsync(c => c.Name.ToLower() == lowered, cancellationToken);
        if (cohort is null)
        {
            return new PlanImportResult { Error = $"no cohort named '{cohortName}'" };
        }

        var participants = await db.Participants.Where(p => p.Class!.CohortId == cohort.Id).ToDictionaryAsync(p => p.Nip?.Value ?? "", cancellationToken);
        var ids = participants.Values.Select(p => p.Id).ToList();
        var plans = await db.ActualizationPlans.Include(p => p.Activities).Where(p => ids.Contains(p.ParticipantId)).ToDictionaryAsync(p => p.ParticipantId, cancellationToken);
        var mentorNips = sheet.Rows.Select(r => Nip.Parse(r["mentor_nip"]).Nip).OfType<Nip>().ToList();
        var mentors = await db.People.Where(p => p.Nip != null && mentorNips.Contains(p.Nip.Value)).ToDictionaryAsync(p => p.Nip!.Value.Value, cancellationToken);
        var facts = new PlanFacts
        {
            Cohort = cohort.Name,
            CohortNips = participants.Keys.ToHashSet(StringComparer.Ordinal),
            KnownNips = mentors.Keys.ToHashSet(StringComparer.Ordinal),
            ParticipantNips = mentors.Where(m => m.Value is Participant).Select(m => m.Key).ToHashSet(StringComparer.Ordinal),
        };

        // A row whose columns are shifted is judged by its layout alone, and claims no title or mentor for the rows below.
        var checks = PlanValidator.CheckAll(sheet.Rows.Where(r => r.LayoutProblem is null).Select(ToPlanRow), facts).ToDictionary(c => c.Row.Line);
        var rows = new List<RosterRowOutcome>();
        var mentorsSet = 0;
        var mentorsCreated = 0;
        foreach (var row in sheet.Rows)
        {
            if (row.LayoutProblem is { } layout)
            {
                rows.Add(new RosterRowOutcome(row.Line, row["nip"]?.Trim(), RosterRowStatus.Rejected, [new RosterReason(RosterRules.RowColumns, layout)]));
                continue;
            }

            var check = checks[row.Line];
            if (check.Entry is not { } entry)
            {
                rows.Add(new RosterRowOutcome(row.Line, row["nip"]?.Trim(), RosterRowStatus.Rejected, check.Reasons));
                continue;
            }

            var participant = participants[entry.Nip.Value];
            var status = RosterRowStatus.Unchanged;
            if (entry.Activity is { } planned)
            {
                status = Upsert(participant, planned, plans);
            }

            if (entry.Mentor is { } m)
            {
                var (staff, created) = Mentor(m, participant, mentors);
                mentorsCreated += created ? 1 : 0;
                var already = ReferenceEquals(participant.Mentor, staff) || (staff.Id != 0 && participant.MentorId == staff.Id);
                if (!already)
                {
                    participant.Mentor = staff;
                    mentorsSet++;
                    status = status == RosterRowStatus.Unchanged ? RosterRowStatus.Updated : status;
                }
            }

            rows.Add(new RosterRowOutcome(row.Line, participant.Nip?.Value, status, []));
        }

        var result = new PlanImportResult { Rows = rows, DryRun = dryRun, MentorsSet = mentorsSet, MentorsCreated = mentorsCreated };
        if (dryRun || result.Rejected > 0)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        await db.SaveChangesAsync(cancellationToken);
        return result with { Committed = true };
    }

    private static PlanRow ToPlanRow(CsvSheetRow row) => new()
    {
        Line = row.Line,
        Nip = row["nip"],
        Activity = row["activity"],
        Output = row["output"],
        Values = row["values"],
        Mission = row["mission"],
        MentorNip = row["mentor_nip"],
        MentorName = row["mentor_name"],
        MentorPhone = row["mentor_phone"],
    };

    private RosterRowStatus Upsert(Participant participant, PlanEntryActivity planned, Dictionary<int, ActualizationPlan> plans)
    {
        if (!plans.TryGetValue(participant.Id, out var plan))
        {
            plan = new ActualizationPlan { ParticipantId = participant.Id };
            db.ActualizationPlans.Add(plan);
            plans.Add(participant.Id, plan);
        }

        var existing = plan.Activities.FirstOrDefault(a => string.Equals(a.Title.Trim(), planned.Title, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            plan.Activities.Add(new PlannedActivity
            {
                Title = planned.Title,
                ExpectedOutput = planned.ExpectedOutput,
                Values = planned.Values,
                MissionLink = planned.MissionLink,
                CreatedAt = time.GetUtcNow(),
            });
            return RosterRowStatus.Created;
        }

        if ((existing.ExpectedOutput, existing.Values, existing.MissionLink) == (planned.ExpectedOutput, planned.Values, planned.MissionLink ?? existing.MissionLink))
        {
            return RosterRowStatus.Unchanged;
        }

        existing.ExpectedOutput = planned.ExpectedOutput;
        existing.Values = planned.Values;
        existing.MissionLink = planned.MissionLink ?? existing.MissionLink;
        return RosterRowStatus.Updated;
    }

    private (StaffMember Staff, bool Created) Mentor(PlanEntryMentor row, Participant participant, Dictionary<string, Person> mentors)
    {
        if (mentors.GetValueOrDefault(row.Nip) is StaffMember staff)
        {
            staff.Name = row.Name ?? staff.Name;
            staff.Phone = row.Phone ?? staff.Phone;
            return (staff, false);
        }

        staff = new StaffMember { InstitutionId = participant.InstitutionId, Nip = Nip.FromTrusted(row.Nip), Name = row.Name!, Phone = row.Phone, StaffRole = Role.Mentor };
        db.Staff.Add(staff);
        mentors[row.Nip] = staff;
        return (staff, true);
    }
}
