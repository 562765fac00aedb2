namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// One approved message template (content/whatsapp-templates.yaml), as submitted to Meta: the name and category, the
/// body in each language with its numbered parameters, and the quick-reply buttons whose press reopens the chat.
/// </summary>
public sealed record WhatsAppTemplate(
    string Name,
    string Kind,
    string Category,
    IReadOnlyDictionary<string, string> Body,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Buttons)
{
    /// <summary>What a body parameter may stand for: the message's own text, flattened to one line.</summary>
    public const string TextParameter = "text";

    public static readonly IReadOnlyList<string> Categories = ["utility", "marketing"];

    public static readonly IReadOnlyList<string> Languages = ["id", "en"];
}

/// <summary>The template catalog: at most one template per proactive kind.</summary>
public sealed class WhatsAppTemplates(IEnumerable<WhatsAppTemplate> templates)
{
    private readonly Dictionary<string, WhatsAppTemplate> _byKind = templates.ToDictionary(t => t.Kind, StringComparer.Ordinal);

    public static WhatsAppTemplates Empty { get; } = new([]);

    public IReadOnlyCollection<WhatsAppTemplate> All => _byKind.Values;

    /// <summary>The template for a kind of proactive message; null for a turn's reply or a kind with none.</summary>
    public WhatsAppTemplate? For(string? kind) => kind is not null && _byKind.TryGetValue(kind, out var template) ? template : null;
}
