using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Prompts;

/// <summary>What a prompt asks and how it re-asks; stored in the prompt's frame, so plain data only.</summary>
public sealed record PromptOptions(Reply Prompt)
{
    /// <summary>Said when an answer is not understood; defaults to a gentle "please answer" plus the prompt.</summary>
    public Reply? Retry { get; init; }

    /// <summary>For choice prompts: the buttons, whose values are what the prompt returns.</summary>
    public IReadOnlyList<ReplyButton> Choices { get; init; } = [];
}

/// <summary>A validator's verdict: accept, or re-ask with a line that says what was wrong.</summary>
public sealed record PromptCheck(bool Accepted, Reply? Message)
{
    public static PromptCheck Ok { get; } = new(true, null);

    public static PromptCheck Reject(Reply? message = null) => new(false, message);
}

public sealed record PromptValidatorContext<T>(Pipeline.Turn Turn, T Value, int Attempts, PromptOptions Options);

public delegate Task<PromptCheck> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);

/// <summary>What a prompt made of a message: a value, or nothing it could use.</summary>
public readonly record struct Recognized<T>(bool Succeeded, T? Value)
{
    public static Recognized<T> Fail => new(false, default);

    public static Recognized<T> Of(T value) => new(true, value);
}
