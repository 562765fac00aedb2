using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Prompts;

/// <summary>
/// Asks one thing and ends with a typed answer. An answer it cannot recognise, or that the validator
/// rejects, is re-asked with a friendly line; the attempt count is kept in the frame.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    public const string RetryMessageKey = "prompt.retry";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
    {
        Id = id;
        _validator = validator;
    }

    public override string Id { get; }

    public override Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        DialogContext.WriteState(dc.Active!, new PromptState { Options = promptOptions });
        dc.Turn.Send(Render(dc.Turn, promptOptions.Prompt, promptOptions));
        return Task.FromResult(DialogStatus.Waiting);
    }

    public override async Task<DialogStatus> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var frame = dc.Active!;
        var state = DialogContext.ReadState<PromptState>(frame);
        var options = state.Options!;
        state.Attempts++;
        DialogContext.WriteState(frame, state);

        var recognized = Recognize(dc.Turn, options);
        var check = recognized.Succeeded
            ? _validator is null ? PromptCheck.Ok : await _validator(new PromptValidatorContext<T>(dc.Turn, recognized.Value!, state.Attempts, options), cancellationToken)
            : PromptCheck.Reject();
        if (check.Accepted)
        {
            return await dc.EndAsync(recognized.Value, cancellationToken);
        }

        var retry = check.Message ?? options.Retry ?? new Reply($"{dc.Turn.Text(RetryMessageKey)}\n\n{dc.Turn.Localize(options.Prompt).Text}");
        dc.Turn.Send(Render(dc.Turn, retry, options));
        return DialogStatus.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = DialogContext.ReadState<PromptState>(dc.Active!).Options!;
        var choices = options.Choices.Select(c => c.TitleKey is { } key ? c with { Title = dc.Turn.Text(key) } : c).ToList();
        dc.Turn.Send(Render(dc.Turn, dc.Turn.Localize(options.Prompt), options with { Choices = choices }));
        return Task.CompletedTask;
    }

    protected abstract Recognized<T> Recognize(Turn turn, PromptOptions options);

    /// <summary>Adds the prompt's buttons to whatever is said (choices, or yes/no).</summary>
    protected virtual Reply Render(Turn turn, Reply reply, PromptOptions options) =>
        options.Choices.Count > 0 && reply.Buttons.Count == 0 ? reply with { Buttons = options.Choices } : reply;

    public sealed class PromptState
    {
        public PromptOptions? Options { get; set; }

        public int Attempts { get; set; }
    }
}
