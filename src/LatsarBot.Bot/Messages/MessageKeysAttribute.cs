namespace LatsarBot.Bot.Messages;

/// <summary>
/// Marks a static class whose string constants are message keys the bot says. The content check
/// requires every one of them in every language, so a missing text is caught before start-up.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageKeysAttribute : Attribute;
