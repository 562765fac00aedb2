using System.Text.Json;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Dialogs;

/// <summary>The dialog stack of one conversation during one turn, and the moves on it.</summary>
public sealed class DialogContext
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DialogContext(Turn turn, DialogSet dialogs)
        : this(turn, dialogs, turn.State.Stack)
    {
    }

    /// <summary>Over a stack of its own: the inner stack of a <see cref="ComponentDialog"/>.</summary>
    public DialogContext(Turn turn, DialogSet dialogs, List<DialogFrame> stack)
    {
        Turn = turn;
        Dialogs = dialogs;
        Stack = stack;
    }

    public Turn Turn { get; }

    public DialogSet Dialogs { get; }

    public List<DialogFrame> Stack { get; }

    /// <summary>What the last dialog on the stack ended with, once the stack is empty.</summary>
    public object? Result { get; private set; }

    public DialogFrame? Active => Stack.Count > 0 ? Stack[^1] : null;

    public Task<DialogStatus> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        PushAsync(dialogId, options, interruption: false, cancellationToken);

    /// <summary>Starts a dialog over whatever is active (a global command); afterwards the active one re-asks.</summary>
    public Task<DialogStatus> InterruptAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        PushAsync(dialogId, options, interruption: true, cancellationToken);

    private async Task<DialogStatus> PushAsync(string dialogId, object? options, bool interruption, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        Stack.Add(new DialogFrame { Id = dialog.Id, Version = dialog.Version, State = JsonSerializer.SerializeToElement(new { }, Json), Interruption = interruption });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogStatus> ContinueAsync(CancellationToken cancellationToken) =>
        Active is { } frame ? Dialogs.Get(frame.Id).ContinueAsync(this, cancellationToken) : Task.FromResult(DialogStatus.Complete);

    /// <summary>Pops the active dialog and hands its result to the one below, which resumes.</summary>
    public async Task<DialogStatus> EndAsync(object? result, CancellationToken cancellationToken)
    {
        var ended = Active;
        if (ended is not null)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        if (Active is not { } parent)
        {
            Result = result;
            return DialogStatus.Complete;
        }

        if (ended?.Interruption == true)
        {
            await Dialogs.Get(parent.Id).RepromptAsync(this, cancellationToken);
            return DialogStatus.Waiting;
        }

        return await Dialogs.Get(parent.Id).ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another in its place (loops, and moving on from a finished flow).</summary>
    public Task<DialogStatus> ReplaceAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (Stack.Count > 0)
        {
            Stack.RemoveAt(Stack.Count - 1);
        }

        return BeginAsync(dialogId, options, cancellationToken);
    }

    public void CancelAll() => Stack.Clear();

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        Active is { } frame ? Dialogs.Get(frame.Id).RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    public static T ReadState<T>(DialogFrame frame)
        where T : new() =>
        frame.State.ValueKind == JsonValueKind.Object ? frame.State.Deserialize<T>(Json) ?? new T() : new T();

    public static void WriteState<T>(DialogFrame frame, T state) =>
        frame.State = JsonSerializer.SerializeToElement(state, Json);
}
