namespace LatsarBot.Core.Participants;

/// <summary>Indonesian mobile numbers in E.164 digits without '+', e.g. 6281234567890.</summary>
public static class PhoneNumber
{
    /// <summary>Accepts 0812…, +62 812…, 62812…, 812… with spaces or dashes; null when it is not a plausible number.</summary>
    public static string? Normalize(string? input)
    {
        var digits = new string((input ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            digits = digits[1..];
        }

        // Indonesian numbers without the country code: 8 to 13 digits.
        return digits.Length is >= 8 and <= 13 && digits[0] != '0' ? "62" + digits : null;
    }
}
