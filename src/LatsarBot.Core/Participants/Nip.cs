using System.Globalization;

namespace LatsarBot.Core.Participants;

/// <summary>
/// Nomor Induk Pegawai: 18 digits laid out as birth date (YYYYMMDD), TMT month (YYYYMM),
/// gender digit (1 or 2) and a 3-digit serial (DOMAIN.md glossary, "NIP").
/// </summary>
public readonly record struct Nip
{
    public const int Length = 18;

    private Nip(string value) => Value = value;

    public string Value { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Value[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>First day of the appointment (TMT) month.</summary>
    public DateOnly AppointmentMonth => DateOnly.ParseExact(Value[8..14] + "01", "yyyyMMdd", CultureInfo.InvariantCulture);

    public Gender Gender => Value[14] == '1' ? Gender.Male : Gender.Female;

    public static NipParseResult Parse(string? input)
    {
        // People paste NIPs with spaces or dots from letters ("19900101 202203 1 001").
        var compact = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray());
        if (compact.Length == 0 || !compact.All(char.IsAsciiDigit))
        {
            return new NipParseResult(null, NipError.NotDigits);
        }

        if (compact.Length != Length)
        {
            return new NipParseResult(null, NipError.WrongLength);
        }

        if (!DateOnly.TryParseExact(compact[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return new NipParseResult(null, NipError.InvalidBirthDate);
        }

        if (!DateOnly.TryParseExact(compact[8..14] + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tmt)
            || tmt <= birth)
        {
            return new NipParseResult(null, NipError.InvalidAppointmentMonth);
        }

        if (compact[14] is not ('1' or '2'))
        {
            return new NipParseResult(null, NipError.InvalidGenderDigit);
        }

        return new NipParseResult(new Nip(compact), null);
    }

    /// <summary>For values already validated (read back from the database).</summary>
    public static Nip FromTrusted(string value) =>
        Parse(value).Nip ?? throw new FormatException($"'{value}' is not a valid NIP.");

    public override string ToString() => Value;
}

public enum Gender
{
    Male = 1,
    Female = 2,
}

public enum NipError
{
    NotDigits,
    WrongLength,
    InvalidBirthDate,
    InvalidAppointmentMonth,
    InvalidGenderDigit,
}

public readonly record struct NipParseResult(Nip? Nip, NipError? Error)
{
    public bool IsValid => Nip is not null;
}
