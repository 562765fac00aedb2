using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;

namespace LatsarBot.PersonalData;

/// <summary>UU 27/2022's right to correction: a person's name, phone or e-mail set right, audited by field (never by value).</summary>
public static class PersonCorrection
{
    public static readonly IReadOnlyList<string> Fields = ["name", "phone", "email"];

    /// <summary>The value as it would be stored, or an error (Indonesian, English) when it cannot be.</summary>
    public static (string? Value, string? Error) Check(string field, string? value)
    {
        var text = value?.Trim() ?? "";
        return field switch
        {
            "name" when text.Length is >= 2 and <= 200 => (text, null),
            "name" => (null, "Nama harus 2–200 huruf. / The name must have 2–200 characters."),
            "phone" when text.Length == 0 => ("", null),
            "phone" => PhoneNumber.Normalize(text) is { } phone ? (phone, null) : (null, "Nomor HP tidak valid. / The phone number is not valid."),
            "email" when text.Length == 0 => ("", null),
            "email" when text.Length <= 200 && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace) => (text, null),
            "email" => (null, "Alamat e-mail tidak valid. / The e-mail address is not valid."),
            _ => (null, "Kolom tidak dikenal. / Unknown field."),
        };
    }

    /// <summary>Applies the checked values (field → value; empty clears phone or e-mail) and records the change; the fields that changed.</summary>
    public static IReadOnlyList<string> Apply(LatsarDb db, Person person, IReadOnlyDictionary<string, string> values, AuditActor actor, AuditOrigin origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(values);
        var changed = new List<string>();
        foreach (var (field, value) in values)
        {
            var stored = value.Length == 0 ? null : value;
            var before = field switch { "name" => person.Name, "phone" => person.Phone, "email" => person.Email, _ => throw new ArgumentException($"Unknown field {field}.", nameof(values)) };
            if (string.Equals(before, stored, StringComparison.Ordinal))
            {
                continue;
            }

            switch (field)
            {
                case "name":
                    person.Name = value;
                    break;
                case "phone":
                    person.Phone = stored;
                    break;
                default:
                    person.Email = stored;
                    break;
            }

            changed.Add(field);
        }

        if (changed.Count > 0)
        {
            // The subject is the corrected name, as anyone reading the log knows them now; the old values are not kept.
            AuditLog.Record(db, now, actor, AuditActions.PersonCorrect, Audit(person), string.Join(", ", changed), origin, person.InstitutionId);
        }

        return changed;
    }

    /// <summary>A person as an audit subject, as the console's entries name people.</summary>
    public static string Audit(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return StaffConsole.Audit.ConsoleAudit.Person(person.Name, person.Nip?.Value);
    }
}
