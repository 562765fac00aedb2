namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// A flow as an ordered list of steps over a typed state. Each step asks something (a prompt or a child
/// dialog) and the next step receives the answer as <see cref="WaterfallStep{TState}.Result"/>.
/// The step index and the state are saved in the frame, so a restart continues at the same step.
/// </summary>
public abstract class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private IReadOnlyList<StepFunc>? _steps;

    public delegate Task<DialogStatus> StepFunc(WaterfallStep<TState> step, CancellationToken cancellationToken);

    /// <summary>Built once per instance; order is the flow.</summary>
    protected abstract IReadOnlyList<StepFunc> DefineSteps();

    internal IReadOnlyList<StepFunc> Steps => _steps ??= DefineSteps();

    /// <summary>Fills the initial state from the options the dialog was begun with.</summary>
    protected virtual TState Start(object? options) => new();

    public override Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var frame = dc.Active!;
        DialogContext.WriteState(frame, new WaterfallFrame<TState> { Step = 0, Values = Start(options) });
        return RunStepAsync(dc, frame, 0, options, cancellationToken);
    }

    /// <summary>Reached only when a step waited without a child: the message itself is the result.</summary>
    public override Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.Active!;
        var saved = DialogContext.ReadState<WaterfallFrame<TState>>(frame);
        return RunStepAsync(dc, frame, saved.Step + 1, dc.Turn.Activity, cancellationToken);
    }

    public override Task<DialogStatus> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var frame = dc.Active!;
        var saved = DialogContext.ReadState<WaterfallFrame<TState>>(frame);
        return RunStepAsync(dc, frame, saved.Step + 1, result, cancellationToken);
    }

    internal async Task<DialogStatus> RunStepAsync(DialogContext dc, DialogFrame frame, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= Steps.Count)
        {
            return await dc.EndAsync(result, cancellationToken);
        }

        var values = DialogContext.ReadState<WaterfallFrame<TState>>(frame).Values ?? new TState();
        var step = new WaterfallStep<TState>(this, dc, frame, index, values, result);
        step.Save();
        var status = await Steps[index](step, cancellationToken);
        step.SaveIfStillCurrent();
        return status;
    }

    internal int IndexOf(StepFunc step)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Equals(step))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Step {step.Method.Name} is not a step of dialog '{Id}'.");
    }
}

/// <summary>What a waterfall keeps in its frame.</summary>
public sealed class WaterfallFrame<TState>
{
    public int Step { get; set; }

    public TState? Values { get; set; }
}
