using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Actualization;

/// <summary>
/// The rules a row of the actualization-plan import (DOMAIN.md B.8) must pass before the import touches the
/// database: every broken rule is reported, in one order, so the organiser fixes a row in one go. Pure: rows and
/// <see cref="PlanFacts"/> in, verdicts out.
/// </summary>
public static class PlanValidator
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 1000;

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

    /// <summary>Checks the rows in file order; a row's activity or mentor is also checked against the rows above it.</summary>
    public static IReadOnlyList<PlanCheck> CheckAll(IEnumerable<PlanRow> rows, PlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var earlier = new EarlierRows();
        return rows.Select(row => Check(row, facts, earlier)).ToList();
    }

    /// <summary>Checks one row on its own: with no rows above it, it repeats nothing.</summary>
    public static PlanCheck Check(PlanRow row, PlanFacts facts) => Check(row, facts, new EarlierRows());

    private static PlanCheck Check(PlanRow row, PlanFacts facts, EarlierRows earlier)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<RosterReason>();
        var participant = CheckParticipant(row.Nip, facts, reasons);
        var activity = CheckActivity(row, participant, earlier, reasons);
        var mentor = CheckMentor(row, participant, facts, earlier, reasons);
        if (participant is not { } nip || reasons.Count > 0)
        {
            return new PlanCheck(row, null, reasons);
        }

        if (mentor is not null && !facts.KnownNips.Contains(mentor.Nip))
        {
            // The import creates this mentor for this row, so the rows below may name them by NIP alone.
            earlier.NewMentors.Add(mentor.Nip);
        }

        return new PlanCheck(row, new PlanEntry { Line = row.Line, Nip = nip, Activity = activity, Mentor = mentor }, []);
    }

    /// <summary>The row's NIP when it is a participant of the cohort, else null and the reason.</summary>
    private static Nip? CheckParticipant(string? text, PlanFacts facts, List<RosterReason> reasons)
    {
        var parsed = Nip.Parse(text);
        if (parsed.Nip is not { } nip)
        {
            reasons.Add(new(PlanRules.NipInvalid, string.IsNullOrWhiteSpace(text) ? "the participant's NIP is required" : $"'{text}' is not a valid NIP ({parsed.Error})"));
            return null;
        }

        if (!facts.CohortNips.Contains(nip.Value))
        {
            reasons.Add(new(PlanRules.NipNotInCohort, $"NIP {nip} is not a participant of {facts.Cohort}"));
            return null;
        }

        return nip;
    }

    private static PlanEntryActivity? CheckActivity(PlanRow row, Nip? participant, EarlierRows earlier, List<RosterReason> reasons)
    {
        var title = Tidy(row.Activity);
        var output = Tidy(row.Output);
        var mission = Tidy(row.Mission);
        if (title is null)
        {
            // A row may carry only the mentor; anything else without an activity is a mistake.
            if (output is not null || row.Values is not null || mission is not null || row.MentorNip is null)
            {
                reasons.Add(new(PlanRules.ActivityRequired, "the activity (kegiatan) is required"));
            }

            return null;
        }

        if (title.Length > TitleMaxLength)
        {
            reasons.Add(new(PlanRules.ActivityLength, $"the activity must have at most {TitleMaxLength} characters, got {title.Length}"));
        }

        // Titles match without regard to case, as the upsert matches them.
        if (participant is { } nip && !earlier.Titles.TryAdd((nip.Value, title.ToLowerInvariant()), row.Line))
        {
            reasons.Add(new(PlanRules.ActivityDuplicate, $"this participant's activity '{title}' already appears on line {earlier.Titles[(nip.Value, title.ToLowerInvariant())]}"));
        }

        if (output is null)
        {
            reasons.Add(new(PlanRules.OutputRequired, "the expected output (output) is required"));
        }
        else if (output.Length > TextMaxLength)
        {
            reasons.Add(new(PlanRules.OutputLength, $"the expected output must have at most {TextMaxLength} characters, got {output.Length}"));
        }

        if (mission?.Length > TextMaxLength)
        {
            reasons.Add(new(PlanRules.MissionLength, $"the mission link must have at most {TextMaxLength} characters, got {mission.Length}"));
        }

        var values = CheckValues(row.Values, reasons);
        return new PlanEntryActivity(title, output ?? "", values, mission);
    }

    private static BerAkhlakValues CheckValues(string? text, List<RosterReason> reasons)
    {
        var values = BerAkhlakValues.None;
        var unknown = new List<string>();
        foreach (var word in (text ?? "").Split([',', ';', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Berorientasi Pelayanan", "berorientasi-pelayanan" and "BerorientasiPelayanan" are one value.
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
            reasons.Add(new(PlanRules.ValuesUnknown,
                $"BerAKHLAK values are Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif; got {string.Join(", ", unknown.Select(u => $"'{u}'"))}"));
        }
        else if (values == BerAkhlakValues.None)
        {
            reasons.Add(new(PlanRules.ValuesRequired, "name at least one BerAKHLAK value the activity serves"));
        }

        return values;
    }

    private static PlanEntryMentor? CheckMentor(PlanRow row, Nip? participant, PlanFacts facts, EarlierRows earlier, List<RosterReason> reasons)
    {
        if (row.MentorNip is null && row.MentorName is null && row.MentorPhone is null)
        {
            return null;
        }

        var parsed = Nip.Parse(row.MentorNip);
        if (parsed.Nip is not { } nip)
        {
            reasons.Add(new(PlanRules.MentorNip, row.MentorNip is null
                ? "the mentor's NIP (mentor_nip) is needed to know who the mentor is"
                : $"the mentor's NIP '{row.MentorNip}' is not valid ({parsed.Error})"));
            return null;
        }

        // Only a new mentor needs a name: one on file keeps theirs when the cell is left empty.
        var name = Tidy(row.MentorName);
        if (facts.ParticipantNips.Contains(nip.Value))
        {
            reasons.Add(new(PlanRules.MentorNotStaff, $"the mentor's NIP {nip} is a participant"));
        }
        else if (!facts.KnownNips.Contains(nip.Value) && !earlier.NewMentors.Contains(nip.Value) && (name is null || name.Length is < RosterValidator.NameMinLength or > RosterValidator.NameMaxLength))
        {
            reasons.Add(new(PlanRules.MentorName,
                $"the mentor {nip} is new, so their name (mentor_name) of {RosterValidator.NameMinLength} to {RosterValidator.NameMaxLength} characters is required"));
        }

        var phone = PhoneNumber.Normalize(row.MentorPhone);
        if (row.MentorPhone is not null && phone is null)
        {
            reasons.Add(new(PlanRules.MentorPhone, $"the mentor's phone '{row.MentorPhone}' is not a phone number"));
        }

        // A participant has one mentor: the first row that names one decides, a different one later is a conflict.
        if (participant is { } of && !earlier.MentorOf.TryAdd(of.Value, (nip.Value, row.Line)) && earlier.MentorOf[of.Value].Nip != nip.Value)
        {
            reasons.Add(new(PlanRules.MentorConflict, $"line {earlier.MentorOf[of.Value].Line} gives this participant another mentor ({earlier.MentorOf[of.Value].Nip})"));
        }

        return new PlanEntryMentor(nip.Value, name, phone);
    }

    /// <summary>Trimmed with inner runs of whitespace (a line break in a quoted cell, double spaces) made one space.</summary>
    private static string? Tidy(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// What the rows above the one being checked already claimed: activity titles per participant, each participant's
    /// mentor, and the mentors new to the database that a valid row introduced.
    /// </summary>
    private sealed class EarlierRows
    {
        public HashSet<string> NewMentors { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Nip, string Title), int> Titles { get; } = [];

        public Dictionary<string, (string Nip, int Line)> MentorOf { get; } = new(StringComparer.Ordinal);
    }
}
