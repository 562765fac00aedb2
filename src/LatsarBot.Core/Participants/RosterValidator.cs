using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LatsarBot.Core.Participants;

/// <summary>
/// The rules a roster row must pass before the import touches the database: every broken rule is
/// reported, not just the first, so the organiser fixes a row in one go. Pure: rows in, verdicts out.
/// </summary>
public static class RosterValidator
{
    public const int NameMinLength = 3;
    public const int NameMaxLength = 200;

    // The column lengths in LatsarBot.Data's configurations: longer text passes SQLite and fails PostgreSQL.
    public const int AgencyMaxLength = 200;
    public const int EmailMaxLength = 200;
    public const int CohortMaxLength = 200;
    public const int ClassMaxLength = 100;

    /// <summary>Checks every row, then rejects the second and later rows that repeat a NIP.</summary>
    public static IReadOnlyList<RosterCheck> CheckAll(IEnumerable<RosterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var checks = new List<RosterCheck>();
        foreach (var row in rows)
        {
            var check = Check(row);
            if (Nip.Parse(row.Nip).Nip is { } nip && !firstLine.TryAdd(nip.Value, row.Line))
            {
                // Which of the two rows is right is the organiser's call; keeping the first is at least predictable.
                var duplicate = new RosterReason(RosterRules.NipDuplicate, $"NIP {nip} already appears on line {firstLine[nip.Value]}");
                check = check with { Entry = null, Reasons = [.. check.Reasons, duplicate] };
            }

            checks.Add(check);
        }

        return checks;
    }

    public static RosterCheck Check(RosterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var reasons = new List<RosterReason>();
        var nip = CheckNip(row.Nip, reasons);
        var name = CheckName(row.Name, reasons);
        var role = CheckRole(row.Role, reasons);
        var agency = CheckLength(row.Agency, AgencyMaxLength, RosterRules.AgencyLength, "Agency (instansi)", reasons);
        var cohort = CheckLength(row.Cohort, CohortMaxLength, RosterRules.CohortLength, "Cohort (angkatan)", reasons);
        var kelas = CheckLength(row.Class, ClassMaxLength, RosterRules.ClassLength, "Class (kelas)", reasons);
        if (role == Role.Participant && Blank(row.Cohort))
        {
            reasons.Add(new(RosterRules.CohortRequired, "A participant needs a cohort (angkatan)"));
        }

        if (role == Role.Participant && Blank(row.Class))
        {
            reasons.Add(new(RosterRules.ClassRequired, "A participant needs a class (kelas)"));
        }

        var phone = CheckPhone(row.Phone, reasons);
        var email = CheckEmail(row.Email, reasons);
        var zone = CheckOptional(row.TimeZone, TimeZoneCodes.TryParse, RosterRules.TimeZoneUnknown, "Time zone must be WIB, WITA or WIT", reasons);
        var language = CheckOptional(row.Language, Languages.TryParse, RosterRules.LanguageUnknown, "Language must be id or en", reasons);
        var ndh = CheckNdh(row.Ndh, reasons);
        if (reasons.Count > 0 || nip is null || name is null || role is null)
        {
            return new RosterCheck(row, null, reasons);
        }

        var entry = new RosterEntry
        {
            Line = row.Line,
            Nip = nip.Value,
            Name = name,
            Role = role.Value,
            Agency = agency,
            Phone = phone,
            Email = email,
            TimeZone = zone,
            Language = language,
            Cohort = cohort,
            Class = kelas,
            Ndh = ndh,
        };
        return new RosterCheck(row, entry, []);
    }

    private static Nip? CheckNip(string? text, List<RosterReason> reasons)
    {
        if (Blank(text))
        {
            reasons.Add(new(RosterRules.NipRequired, "NIP is required"));
            return null;
        }

        var result = Nip.Parse(text);
        if (result.Nip is { } nip)
        {
            return nip;
        }

        // The same separators Nip.Parse ignores, so the digits quoted back are the ones it judged.
        var digits = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray());
        reasons.Add(result.Error switch
        {
            NipError.WrongLength => new(RosterRules.NipLength, $"NIP must have {Nip.Length} digits, got {digits.Length}"),
            NipError.InvalidBirthDate => new(RosterRules.NipBirthDate, $"NIP must start with a real birth date (YYYYMMDD), got {digits[..8]}"),
            NipError.InvalidAppointmentMonth => new(RosterRules.NipAppointmentMonth,
                $"NIP digits 9-14 must be the appointment (TMT) month as YYYYMM, after the birth date, got {digits[8..14]}"),
            NipError.InvalidGenderDigit => new(RosterRules.NipGender, $"NIP digit 15 must be 1 (male) or 2 (female), got {digits[14]}"),
            _ => new(RosterRules.NipDigits, NotDigitsMessage(text)),
        });
        return null;
    }

    private static string NotDigitsMessage(string text)
    {
        // Excel turns an 18-digit NIP typed into a General cell into 1.99001E+17 and loses the last digits.
        var hint = text.Contains("E+", StringComparison.OrdinalIgnoreCase)
            ? "; Excel has turned it into a number, so format the NIP column as Text and type the NIPs again"
            : "";
        return $"NIP must contain only digits, got {Quote(text)}{hint}";
    }

    private static string? CheckName(string? text, List<RosterReason> reasons)
    {
        var name = Tidy(text);
        if (name is null)
        {
            reasons.Add(new(RosterRules.NameRequired, "Name is required"));
            return null;
        }

        if (name.Length is < NameMinLength or > NameMaxLength)
        {
            reasons.Add(new(RosterRules.NameLength, $"Name must have {NameMinLength} to {NameMaxLength} characters, got {name.Length}"));
            return null;
        }

        return name;
    }

    private static Role? CheckRole(string? text, List<RosterReason> reasons)
    {
        if (Blank(text))
        {
            return Role.Participant;
        }

        Role? role = RoleNames.TryParse(text, out var parsed) ? parsed : null;
        if (role is null)
        {
            reasons.Add(new(RosterRules.RoleUnknown,
                $"Role must be participant, coach, mentor, examiner, organiser or facilitator (or peserta, pembimbing, penguji, penyelenggara, panitia, fasilitator, widyaiswara), got {Quote(text)}"));
        }

        return role;
    }

    private static string? CheckLength(string? text, int maxLength, string rule, string label, List<RosterReason> reasons)
    {
        var value = Tidy(text);
        if (value is not null && value.Length > maxLength)
        {
            reasons.Add(new(rule, $"{label} must have at most {maxLength} characters, got {value.Length}"));
            return null;
        }

        return value;
    }

    private static string? CheckPhone(string? text, List<RosterReason> reasons)
    {
        if (Blank(text))
        {
            return null;
        }

        var phone = PhoneNumber.Normalize(text);
        if (phone is null)
        {
            reasons.Add(new(RosterRules.PhoneInvalid, $"Phone {Quote(text)} is not an Indonesian mobile number such as 0812 3456 7890 or +62 812 3456 7890"));
        }

        return phone;
    }

    private static string? CheckEmail(string? text, List<RosterReason> reasons)
    {
        if (Blank(text))
        {
            return null;
        }

        var email = text.Trim();
        if (email.Length > EmailMaxLength)
        {
            reasons.Add(new(RosterRules.EmailInvalid, $"Email must have at most {EmailMaxLength} characters, got {email.Length}"));
            return null;
        }

        if (!LooksLikeEmail(email))
        {
            reasons.Add(new(RosterRules.EmailInvalid, $"Email {Quote(email)} does not look like an address such as nama@instansi.go.id"));
            return null;
        }

        return email;
    }

    /// <summary>A shape check only (one @, a dotted domain, no spaces): whether the mailbox exists is not ours to know.</summary>
    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || email.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var domain = email[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.')
            && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static T? CheckOptional<T>(string? text, Func<string?, T?> parse, string rule, string sentence, List<RosterReason> reasons)
        where T : struct
    {
        if (Blank(text))
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            reasons.Add(new(rule, $"{sentence}, got {Quote(text)}"));
        }

        return value;
    }

    private static int? CheckNdh(string? text, List<RosterReason> reasons)
    {
        if (Blank(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ndh) && ndh > 0)
        {
            return ndh;
        }

        reasons.Add(new(RosterRules.NdhInvalid, $"NDH must be a positive whole number, got {Quote(text)}"));
        return null;
    }

    private static bool Blank([NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Trimmed with inner runs of whitespace (a line break in a quoted cell, double spaces) made one space.</summary>
    private static string? Tidy(string? text) =>
        Blank(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Quote(string? text)
    {
        const int Shown = 40;
        var value = (text ?? "").Trim();
        return "'" + (value.Length > Shown ? value[..Shown] + "..." : value) + "'";
    }
}
