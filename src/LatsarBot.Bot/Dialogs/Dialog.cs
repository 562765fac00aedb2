namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// A conversation flow. Its state lives in its <see cref="DialogFrame"/>, never in fields: one instance
/// serves every conversation of a turn scope. Bump <see cref="Version"/> when steps or state change shape;
/// a conversation that was inside an older version restarts cleanly.
/// </summary>
public abstract class Dialog
{
    public abstract string Id { get; }

    public virtual int Version => 1;

    public abstract Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The person said something while this dialog was on top of the stack.</summary>
    public virtual Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndAsync(null, cancellationToken);

    /// <summary>A child this dialog started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogStatus> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndAsync(result, cancellationToken);

    /// <summary>Ask again whatever this dialog is waiting for (after help, or a language change on top of it).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}

public enum DialogStatus
{
    /// <summary>Waiting for the person's next message.</summary>
    Waiting,

    /// <summary>The stack is empty: the flow finished.</summary>
    Complete,
}
