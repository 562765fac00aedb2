using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Dialogs;

/// <summary>The dialogs known to this turn, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = [];
    private readonly IServiceProvider? _services;

    /// <summary>A fixed set, as a component's inner dialogs are.</summary>
    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
            }
        }
    }

    /// <summary>
    /// The dialogs registered with <see cref="DialogRegistration"/>, built on first use: a turn runs one or two of
    /// them, and building all of them (with the use-cases they take) on every turn cost measurable throughput.
    /// </summary>
    public DialogSet(IServiceProvider turnServices)
    {
        _services = turnServices;
    }

    public Dialog? Find(string id)
    {
        if (_dialogs.TryGetValue(id, out var known))
        {
            return known;
        }
        if (_services?.GetKeyedService<Dialog>(id) is not { } built)
        {
            return null;
        }
        if (built.Id != id)
        {
            throw new InvalidOperationException($"The dialog registered as '{id}' ({built.GetType().Name}) says its id is '{built.Id}'.");
        }
        _dialogs[id] = built;
        return built;
    }

    public Dialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"No dialog has the id '{id}'.");
}
