using System.Globalization;

namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// What a menu does with a button value, read top to bottom like <see cref="Commands.CommandTable"/>: "log" names a
/// row exactly; "unit:3" names a row by its prefix and carries an argument, parsed (or looked up) before the row runs.
/// The first row that takes the value runs; a value no row takes (unknown, malformed, an id that is not found or not
/// the person's, a guard that says no) goes to the fallback, which shows the menu again. The values are the wire
/// format of buttons already sent and of saved dialog state, so a row's value or prefix never changes once shipped.
/// </summary>
/// <typeparam name="TContext">What every row gets: the waterfall step, or the step with the person it acts for.</typeparam>
public sealed class MenuRoutes<TContext>(MenuRoutes<TContext>.Handler fallback)
{
    private const char Separator = ':';

    private readonly List<Row> _rows = [];

    public delegate Task<DialogStatus> Handler(TContext context, CancellationToken cancellationToken);

    public delegate Task<DialogStatus> Handler<in TArg>(TContext context, TArg argument, CancellationToken cancellationToken);

    /// <summary>Looks up what an argument names; null when it names nothing (or nothing this person may touch).</summary>
    public delegate Task<TArg?> Lookup<TArg>(TContext context, string argument, CancellationToken cancellationToken)
        where TArg : class;

    /// <summary>A row: what to run when it takes the value, else null.</summary>
    private delegate Task<Func<Task<DialogStatus>>?> Row(TContext context, string value, CancellationToken cancellationToken);

    /// <summary>The value exactly, when <paramref name="when"/> (if any) holds.</summary>
    public MenuRoutes<TContext> On(string value, Handler handle, Func<TContext, bool>? when = null)
    {
        _rows.Add((context, input, cancellationToken) => Taken(
            input == value && (when?.Invoke(context) ?? true) ? () => handle(context, cancellationToken) : null));
        return this;
    }

    /// <summary>"<paramref name="prefix"/>:{id}", the id in plain ASCII digits, when <paramref name="when"/> (if any) holds.</summary>
    public MenuRoutes<TContext> OnId(string prefix, Handler<int> handle, Func<TContext, int, bool>? when = null)
    {
        _rows.Add((context, input, cancellationToken) => Taken(
            ArgumentOf(prefix, input) is { } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && (when?.Invoke(context, id) ?? true)
                ? () => handle(context, id, cancellationToken)
                : null));
        return this;
    }

    /// <summary>"<paramref name="prefix"/>:{text}", when <paramref name="when"/> (if any) holds for the text.</summary>
    public MenuRoutes<TContext> OnText(string prefix, Handler<string> handle, Func<TContext, string, bool>? when = null)
    {
        _rows.Add((context, input, cancellationToken) => Taken(
            ArgumentOf(prefix, input) is { } text && (when?.Invoke(context, text) ?? true)
                ? () => handle(context, text, cancellationToken)
                : null));
        return this;
    }

    /// <summary>"<paramref name="prefix"/>:{argument}", when <paramref name="find"/> finds what the argument names.</summary>
    public MenuRoutes<TContext> OnFound<TArg>(string prefix, Lookup<TArg> find, Handler<TArg> handle)
        where TArg : class
    {
        _rows.Add(async (context, input, cancellationToken) =>
            ArgumentOf(prefix, input) is { } text && await find(context, text, cancellationToken) is { } found
                ? () => handle(context, found, cancellationToken)
                : null);
        return this;
    }

    public async Task<DialogStatus> RouteAsync(TContext context, string? value, CancellationToken cancellationToken)
    {
        if (value is not null)
        {
            foreach (var row in _rows)
            {
                if (await row(context, value, cancellationToken) is { } run)
                {
                    return await run();
                }
            }
        }

        return await fallback(context, cancellationToken);
    }

    /// <summary>What follows "<paramref name="prefix"/>:" in <paramref name="value"/>; null when it does not start so.</summary>
    private static string? ArgumentOf(string prefix, string value) =>
        value.Length > prefix.Length && value[prefix.Length] == Separator && value.StartsWith(prefix, StringComparison.Ordinal)
            ? value[(prefix.Length + 1)..]
            : null;

    private static Task<Func<Task<DialogStatus>>?> Taken(Func<Task<DialogStatus>>? run) => Task.FromResult(run);
}
