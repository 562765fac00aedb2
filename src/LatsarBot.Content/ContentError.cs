namespace LatsarBot.Content;

/// <summary>One broken rule in a content file, with where it is: "content/messages/en.yaml:12: [message.placeholders] …".</summary>
public sealed record ContentError(string File, int Line, string Rule, string Message)
{
    public override string ToString() => $"{File}:{Line}: [{Rule}] {Message}";
}

/// <summary>Thrown when content is broken; the host refuses to start with exactly these lines.</summary>
public sealed class ContentInvalidException(IReadOnlyList<ContentError> errors)
    : Exception("Content is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
