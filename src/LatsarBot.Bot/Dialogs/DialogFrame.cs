using System.Text.Json;

namespace LatsarBot.Bot.Dialogs;

/// <summary>One entry of the persisted dialog stack: which dialog, which version of it, and its typed state as JSON.</summary>
public sealed class DialogFrame
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public JsonElement State { get; set; }

    /// <summary>Pushed over another dialog by a global command; when it ends, the one below re-asks instead of resuming.</summary>
    public bool Interruption { get; init; }
}
