using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// Drives the stack for one turn: continues the active dialog, or begins the root one when the stack is
/// empty. A stack saved by an older version of any of its dialogs (or by a dialog that no longer exists)
/// is dropped with a short notice and the root begins afresh, instead of the conversation crashing.
/// </summary>
public static class DialogManager
{
    public const string RestartedMessageKey = "dialog.restarted";

    public static async Task<DialogStatus> RunAsync(DialogContext dc, string rootDialogId, CancellationToken cancellationToken)
    {
        if (IsOutdated(dc))
        {
            dc.CancelAll();
            dc.Turn.SendText(RestartedMessageKey);
            return await dc.BeginAsync(rootDialogId, null, cancellationToken);
        }

        return dc.Active is null
            ? await dc.BeginAsync(rootDialogId, null, cancellationToken)
            : await dc.ContinueAsync(cancellationToken);
    }

    public static bool IsOutdated(DialogContext dc) =>
        dc.Stack.Any(frame => dc.Dialogs.Find(frame.Id) is not { } dialog || dialog.Version != frame.Version);
}
