namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// A dialog made of dialogs: its inner dialogs live in a set of their own (their ids cannot clash with
/// the outside) and run on a stack kept inside this dialog's frame, so the whole flow is one entry on
/// the conversation's stack. Bump <see cref="Dialog.Version"/> when any inner dialog changes.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _inner;

    protected ComponentDialog(IEnumerable<Dialog> inner)
    {
        _inner = new DialogSet(inner);
    }

    /// <summary>The inner dialog that starts the component.</summary>
    protected abstract string InitialDialogId { get; }

    public override async Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = Inner(dc, []);
        var status = await inner.BeginAsync(InitialDialogId, options, cancellationToken);
        return await AfterInnerAsync(dc, inner, status, cancellationToken);
    }

    public override async Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = Inner(dc, DialogContext.ReadState<State>(dc.Active!).Stack);
        var status = await inner.ContinueAsync(cancellationToken);
        return await AfterInnerAsync(dc, inner, status, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Inner(dc, DialogContext.ReadState<State>(dc.Active!).Stack).RepromptAsync(cancellationToken);

    private DialogContext Inner(DialogContext outer, List<DialogFrame> stack) => new(outer.Turn, _inner, stack);

    private async Task<DialogStatus> AfterInnerAsync(DialogContext dc, DialogContext inner, DialogStatus status, CancellationToken cancellationToken)
    {
        if (status == DialogStatus.Complete)
        {
            return await dc.EndAsync(inner.Result, cancellationToken);
        }

        DialogContext.WriteState(dc.Active!, new State { Stack = inner.Stack });
        return DialogStatus.Waiting;
    }

    public sealed class State
    {
        public List<DialogFrame> Stack { get; set; } = [];
    }
}
