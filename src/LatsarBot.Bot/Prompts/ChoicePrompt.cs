using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>
/// One of the offered buttons, returned as its value. Understands a pressed button, the caption or
/// value typed out (any case), and the choice's number ("2"), for channels or people without buttons.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Recognized<string> Recognize(Turn turn, PromptOptions options) =>
        Match(turn.Activity, options.Choices) is { } value ? Recognized<string>.Of(value) : Recognized<string>.Fail;

    public static string? Match(Activity activity, IReadOnlyList<ReplyButton> choices)
    {
        if (activity.Value is ChoiceValue pressed)
        {
            return choices.FirstOrDefault(c => c.Value == pressed.Value)?.Value;
        }

        var text = (activity.Text ?? "").Trim();
        if (int.TryParse(text, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1].Value;
        }

        return choices.FirstOrDefault(c =>
            string.Equals(c.Title.Trim(), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase))?.Value;
    }
}
