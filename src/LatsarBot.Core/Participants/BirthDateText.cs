using System.Globalization;

namespace LatsarBot.Core.Participants;

/// <summary>
/// A typed birth date the way Indonesians write it: day first (31-12-1990, 31/12/1990, 31.12.1990, 31121990), or
/// year first when the first number has four digits (1990-12-31).
/// </summary>
public static class BirthDateText
{
    public static DateOnly? Parse(string? input)
    {
        var parts = (input ?? "").Split((char[])[' ', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && parts[0].Length == 8 && parts[0].All(char.IsAsciiDigit))
        {
            parts = [parts[0][..2], parts[0][2..4], parts[0][4..]];
        }

        if (parts.Length != 3 || !parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var (year, month, day) = parts[0].Length == 4 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0]);
        return parts[parts[0].Length == 4 ? 0 : 2].Length == 4 && year >= 1900 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
