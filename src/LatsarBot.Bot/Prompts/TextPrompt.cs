using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>Any non-empty typed text (a pressed button's value counts too).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Recognized<string> Recognize(Turn turn, PromptOptions options) =>
        turn.Activity.Input is { Length: > 0 } text ? Recognized<string>.Of(text) : Recognized<string>.Fail;
}
