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
    public const string NipInvalid = "nip.invalid";
    public const string NipNotInCohort = "nip.not_in_cohort";
    public const string ActivityRequired = "activity.required";
    public const string ActivityLength = "activity.length";
    public const string ActivityDuplicate = "activity.duplicate";
    public const string OutputRequired = "output.required";
    public const string OutputLength = "output.length";
    public const string ValuesRequired = "values.required";
    public const string ValuesUnknown = "values.unknown";
    public const string MissionLength = "mission.length";
    public const string MentorNip = "mentor.nip";
    public const string MentorName = "mentor.name";
    public const string MentorPhone = "mentor.phone";
    public const string MentorConflict = "mentor.conflict";
    public const string MentorNotStaff = "mentor.not_staff";

    private const int TitleMax = 300;
    private const int TextMax = 1000;

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

    private static readonly Dictionary<string, BerAkhlakValues> ValueWords = new(StringComparer.Ordinal)
    {
        ["berorientasipelayanan"] = BerAkhlakValues.BerorientasiPelayanan,
        ["pelayanan"] = BerAkhlakValues.BerorientasiPelayanan,
        ["serviceoriented"] = BerAkhlakValues.BerorientasiPelayanan,
        ["serviceorientation"] = BerAkhlakValues.BerorientasiPelayanan,
        ["akuntabel"] = BerAkhlakValues.Akuntabel,
        ["accountable"] = BerAkhlakValues.Akuntabel,
        ["kompeten"] = BerAkhlakValues.Kompeten,
        ["competent"] = BerAkhlakValues.Kompeten,
        ["harmonis"] = BerAkhlakValues.Harmonis,
        ["harmonious"] = BerAkhlakValues.Harmonis,
        ["loyal"] = BerAkhlakValues.Loyal,
        ["adaptif"] = BerAkhlakValues.Adaptif,
        ["adaptive"] = BerAkhlakValues.Adaptif,
        ["kolaboratif"] = BerAkhlakValues.Kolaboratif,
        ["collaborative"] = BerAkhlakValues.Kolaboratif,
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
        var titles = new Dictionary<(string, string), int>();
        var mentorOf = new Dictionary<string, (string Nip, int Line)>(StringComparer.Ordinal);
        var rows = new List<RosterRowOutcome>();
        var mentorsSet = 0;
        var mentorsCreated = 0;
        foreach (var row in sheet.Rows)
        {
            var reasons = new List<RosterReason>();
            if (row.LayoutProblem is { } layout)
            {
                rows.Add(new RosterRowOutcome(row.Line, row["nip"]?.Trim(), RosterRowStatus.Rejected, [new RosterReason(RosterRules.RowColumns, layout)]));
                continue;
            }

            var participant = FindParticipant(row["nip"], participants, cohort.Name, reasons);
            var activity = CheckActivity(row, participant, titles, reasons);
            var mentor = CheckMentor(row, participant, mentors, mentorOf, reasons);
            if (participant is null || reasons.Count > 0)
            {
                rows.Add(new RosterRowOutcome(row.Line, row["nip"]?.Trim(), RosterRowStatus.Rejected, reasons));
                continue;
            }

            var status = RosterRowStatus.Unchanged;
            if (activity is { } planned)
            {
                status = Upsert(participant, planned, plans);
            }

            if (mentor is { } m)
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

    private static Participant? FindParticipant(string? text, Dictionary<string, Participant> participants, string cohort, List<RosterReason> reasons)
    {
        var parsed = Nip.Parse(text);
        if (parsed.Nip is not { } nip)
        {
            reasons.Add(new RosterReason(NipInvalid, string.IsNullOrWhiteSpace(text) ? "the participant's NIP is required" : $"'{text}' is not a valid NIP ({parsed.Error})"));
            return null;
        }

        var participant = participants.GetValueOrDefault(nip.Value);
        if (participant is null)
        {
            reasons.Add(new RosterReason(NipNotInCohort, $"NIP {nip} is not a participant of {cohort}"));
        }

        return participant;
    }

    private static PlannedActivity? CheckActivity(CsvSheetRow row, Participant? participant, Dictionary<(string, string), int> titles, List<RosterReason> reasons)
    {
        var title = Tidy(row["activity"]);
        var output = Tidy(row["output"]);
        var mission = Tidy(row["mission"]);
        if (title is null)
        {
            // A row may carry only the mentor; anything else without an activity is a mistake.
            if (output is not null || row["values"] is not null || mission is not null || row["mentor_nip"] is null)
            {
                reasons.Add(new RosterReason(ActivityRequired, "the activity (kegiatan) is required"));
            }

            return null;
        }

        if (title.Length > TitleMax)
        {
            reasons.Add(new RosterReason(ActivityLength, $"the activity must have at most {TitleMax} characters, got {title.Length}"));
        }

        if (participant is not null && !titles.TryAdd((participant.Nip!.Value.Value, title.ToLowerInvariant()), row.Line))
        {
            reasons.Add(new RosterReason(ActivityDuplicate, $"this participant's activity '{title}' already appears on line {titles[(participant.Nip!.Value.Value, title.ToLowerInvariant())]}"));
        }

        if (output is null)
        {
            reasons.Add(new RosterReason(OutputRequired, "the expected output (output) is required"));
        }
        else if (output.Length > TextMax)
        {
            reasons.Add(new RosterReason(OutputLength, $"the expected output must have at most {TextMax} characters, got {output.Length}"));
        }

        if (mission?.Length > TextMax)
        {
            reasons.Add(new RosterReason(MissionLength, $"the mission link must have at most {TextMax} characters, got {mission.Length}"));
        }

        var values = BerAkhlakValues.None;
        var unknown = new List<string>();
        foreach (var word in (row["values"] ?? "").Split([',', ';', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
            if (ValueWords.TryGetValue(key, out var value))
            {
                values |= value;
            }
            else
            {
                unknown.Add(word);
            }
        }

        if (unknown.Count > 0)
        {
            reasons.Add(new RosterReason(ValuesUnknown,
                $"BerAKHLAK values are Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif; got {string.Join(", ", unknown.Select(u => $"'{u}'"))}"));
        }
        else if (values == BerAkhlakValues.None)
        {
            reasons.Add(new RosterReason(ValuesRequired, "name at least one BerAKHLAK value the activity serves"));
        }

        return new PlannedActivity { Title = title, ExpectedOutput = output ?? "", Values = values, MissionLink = mission };
    }

    private static MentorRow? CheckMentor(
        CsvSheetRow row, Participant? participant, Dictionary<string, Person> mentors, Dictionary<string, (string Nip, int Line)> mentorOf, List<RosterReason> reasons)
    {
        if (row["mentor_nip"] is null && row["mentor_name"] is null && row["mentor_phone"] is null)
        {
            return null;
        }

        var parsed = Nip.Parse(row["mentor_nip"]);
        if (parsed.Nip is not { } nip)
        {
            reasons.Add(new RosterReason(MentorNip, row["mentor_nip"] is null
                ? "the mentor's NIP (mentor_nip) is needed to know who the mentor is"
                : $"the mentor's NIP '{row["mentor_nip"]}' is not valid ({parsed.Error})"));
            return null;
        }

        var name = Tidy(row["mentor_name"]);
        var existing = mentors.GetValueOrDefault(nip.Value);
        if (existing is Participant)
        {
            reasons.Add(new RosterReason(MentorNotStaff, $"the mentor's NIP {nip} is a participant"));
        }
        else if (existing is null && (name is null || name.Length is < RosterValidator.NameMinLength or > RosterValidator.NameMaxLength))
        {
            reasons.Add(new RosterReason(MentorName, $"the mentor {nip} is new, so their name (mentor_name) of {RosterValidator.NameMinLength} to {RosterValidator.NameMaxLength} characters is required"));
        }

        var phone = PhoneNumber.Normalize(row["mentor_phone"]);
        if (row["mentor_phone"] is not null && phone is null)
        {
            reasons.Add(new RosterReason(MentorPhone, $"the mentor's phone '{row["mentor_phone"]}' is not a phone number"));
        }

        if (participant is not null && !mentorOf.TryAdd(participant.Nip!.Value.Value, (nip.Value, row.Line)) && mentorOf[participant.Nip!.Value.Value].Nip != nip.Value)
        {
            reasons.Add(new RosterReason(MentorConflict, $"line {mentorOf[participant.Nip!.Value.Value].Line} gives this participant another mentor ({mentorOf[participant.Nip!.Value.Value].Nip})"));
        }

        return new MentorRow(nip.Value, name, phone);
    }

    private RosterRowStatus Upsert(Participant participant, PlannedActivity planned, Dictionary<int, ActualizationPlan> plans)
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
            planned.CreatedAt = time.GetUtcNow();
            plan.Activities.Add(planned);
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

    private (StaffMember Staff, bool Created) Mentor(MentorRow row, Participant participant, Dictionary<string, Person> mentors)
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

    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record MentorRow(string Nip, string? Name, string? Phone);
}
