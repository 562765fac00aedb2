using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>Yes or no, by button or typed in Indonesian or English.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public const string YesKey = "prompt.yes";
    public const string NoKey = "prompt.no";

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "ya", "iya", "yup", "ok", "oke", "benar", "betul", "setuju" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "tidak", "tdk", "nggak", "ga", "gak", "bukan", "salah", "batal" };

    protected override Recognized<bool> Recognize(Turn turn, PromptOptions options)
    {
        var input = turn.Activity.Input.TrimEnd('.', '!');
        if (Yes.Contains(input) || string.Equals(input, turn.Text(YesKey), StringComparison.OrdinalIgnoreCase))
        {
            return Recognized<bool>.Of(true);
        }

        return No.Contains(input) || string.Equals(input, turn.Text(NoKey), StringComparison.OrdinalIgnoreCase)
            ? Recognized<bool>.Of(false)
            : Recognized<bool>.Fail;
    }

    protected override Reply Render(Turn turn, Reply reply, PromptOptions options) =>
        reply.Buttons.Count > 0 ? reply : reply with { Buttons = [turn.Button(YesKey, "yes"), turn.Button(NoKey, "no")] };
}
