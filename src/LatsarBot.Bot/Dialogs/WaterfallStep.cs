using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;

namespace LatsarBot.Bot.Dialogs;

/// <summary>The view a waterfall step gets: the state, the previous answer, and the ways to move on.</summary>
public sealed class WaterfallStep<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _dialog;
    private readonly DialogFrame _frame;

    internal WaterfallStep(WaterfallDialog<TState> dialog, DialogContext dc, DialogFrame frame, int index, TState values, object? result)
    {
        _dialog = dialog;
        Context = dc;
        _frame = frame;
        Index = index;
        Values = values;
        Result = result;
    }

    public DialogContext Context { get; }

    public Turn Turn => Context.Turn;

    public int Index { get; }

    /// <summary>The dialog's state; change it freely before the step's move (prompt, next, end).</summary>
    public TState Values { get; }

    /// <summary>The previous step's answer: a prompt's value, a child's result, or the begin options on step 0.</summary>
    public object? Result { get; }

    public T ResultAs<T>() => Result is T value ? value : throw new InvalidOperationException($"Step {Index} of '{_dialog.Id}' expected a {typeof(T).Name}, got {Result?.GetType().Name ?? "null"}.");

    public Task<DialogStatus> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        Save();
        return Context.BeginAsync(promptId, options, cancellationToken);
    }

    public Task<DialogStatus> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        Save();
        return Context.BeginAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Runs the following step now, with <paramref name="result"/> as its result.</summary>
    public Task<DialogStatus> NextAsync(object? result, CancellationToken cancellationToken)
    {
        Save();
        return _dialog.RunStepAsync(Context, _frame, Index + 1, result, cancellationToken);
    }

    /// <summary>Jumps to any step (a loop back, or a skip ahead).</summary>
    public Task<DialogStatus> GoToAsync(WaterfallDialog<TState>.StepFunc step, object? result, CancellationToken cancellationToken)
    {
        Save();
        return _dialog.RunStepAsync(Context, _frame, _dialog.IndexOf(step), result, cancellationToken);
    }

    /// <summary>Waits for the next message without a prompt; it arrives as the next step's result (the Activity).</summary>
    public Task<DialogStatus> WaitAsync()
    {
        Save();
        return Task.FromResult(DialogStatus.Waiting);
    }

    public Task<DialogStatus> EndAsync(object? result, CancellationToken cancellationToken) =>
        Context.EndAsync(result, cancellationToken);

    public Task<DialogStatus> ReplaceAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.ReplaceAsync(dialogId, options, cancellationToken);

    internal void Save() => DialogContext.WriteState(_frame, new WaterfallFrame<TState> { Step = Index, Values = Values });

    /// <summary>After the step: keep its writes unless a later step of this frame already saved (a child ended at once).</summary>
    internal void SaveIfStillCurrent()
    {
        if (Context.Stack.Contains(_frame) && DialogContext.ReadState<WaterfallFrame<TState>>(_frame).Step == Index)
        {
            Save();
        }
    }
}
