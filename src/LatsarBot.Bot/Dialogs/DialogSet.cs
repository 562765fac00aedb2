namespace LatsarBot.Bot.Dialogs;

/// <summary>The dialogs known to this turn, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs;

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        _dialogs = [];
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
            }
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) => Find(id) ?? throw new InvalidOperationException($"No dialog has the id '{id}'.");
}
