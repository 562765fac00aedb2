using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>One or more files or photos sent with a message.</summary>
public sealed class AttachmentPrompt(string id, PromptValidator<IReadOnlyList<InboundAttachment>>? validator = null)
    : Prompt<IReadOnlyList<InboundAttachment>>(id, validator)
{
    protected override Recognized<IReadOnlyList<InboundAttachment>> Recognize(Turn turn, PromptOptions options) =>
        turn.Activity.Attachments.Count > 0
            ? Recognized<IReadOnlyList<InboundAttachment>>.Of(turn.Activity.Attachments)
            : Recognized<IReadOnlyList<InboundAttachment>>.Fail;
}
