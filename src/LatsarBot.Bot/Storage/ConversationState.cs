using LatsarBot.Bot.Dialogs;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Storage;

/// <summary>What the bot remembers of one conversation between turns, persisted as JSON with an ETag.</summary>
public sealed class ConversationState
{
    public Language Language { get; set; } = Language.Id;

    /// <summary>False until the person picked a language (or a bound profile supplied one).</summary>
    public bool LanguageChosen { get; set; }

    public List<DialogFrame> Stack { get; set; } = [];
}
