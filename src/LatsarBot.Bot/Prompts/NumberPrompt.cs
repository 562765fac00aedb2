using System.Globalization;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>A decimal number, written the Indonesian way ("12,5", "1.250,75") or the English way ("12.5").</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override Recognized<decimal> Recognize(Turn turn, PromptOptions options) =>
        Parse(turn.Activity.Input) is { } value ? Recognized<decimal>.Of(value) : Recognized<decimal>.Fail;

    public static decimal? Parse(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Contains(',', StringComparison.Ordinal))
        {
            // A comma means the Indonesian convention: dots group thousands, the comma is the decimal point.
            compact = compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
