using LatsarBot.Bot.Messages;
using LatsarBot.Core.Curriculum;
using LatsarBot.Core.Mooc;
using LatsarBot.Dialogs;

namespace LatsarBot.Content;

/// <summary>Everything loaded from content/, validated as a whole.</summary>
public sealed record ContentBundle(string Root, MessageCatalog Messages, MoocCurriculum Curriculum, PostTestPool PostTest)
{
    public IReadOnlyList<Core.Schedule.ReminderPlan> Reminders { get; init; } = [];

    public Core.Schedule.HolidayCalendar Holidays { get; init; } = Core.Schedule.HolidayCalendar.Empty;

    /// <summary>WhatsApp's approved templates, one per proactive kind (content/whatsapp-templates.yaml).</summary>
    public Channels.WhatsApp.WhatsAppTemplates WhatsAppTemplates { get; init; } = Channels.WhatsApp.WhatsAppTemplates.Empty;

    /// <summary>
    /// Loads and checks everything, collecting every error (not just the first). <paramref name="rules"/> are the MOOC
    /// rules the host runs with (the configured "Mooc" section): the curriculum must let a participant meet them.
    /// </summary>
    public static (ContentBundle? Bundle, IReadOnlyList<ContentError> Errors) Check(string root, MoocRules rules)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(root, 0, "folder.missing", "The content folder does not exist."));
            return (null, errors);
        }

        var messages = MessageCatalogLoader.Load(root, RequiredMessageKeys(), errors);
        var teaching = TeachingContent.Load(root, rules, errors);
        var reminders = ReminderPlanLoader.Load(root, errors);
        var holidays = HolidayLoader.Load(root, errors);
        var templates = WhatsAppTemplateLoader.Load(root, errors);
        return errors.Count == 0 && teaching is not null
            ? (new ContentBundle(root, messages, teaching.Curriculum, teaching.PostTest) { Reminders = reminders, Holidays = holidays, WhatsAppTemplates = templates }, errors)
            : (null, errors);
    }

    public static ContentBundle Load(string root, MoocRules rules)
    {
        var (bundle, errors) = Check(root, rules);
        return bundle ?? throw new ContentInvalidException(errors);
    }

    /// <summary>The string constants of every [MessageKeys] class in the dialogs, the use-cases (Learning), the channels and the host (the console's sign-in code): every key the bot can say.</summary>
    public static IEnumerable<string> RequiredMessageKeys() =>
        MessageKeysAttribute.KeysIn(typeof(Msg).Assembly, typeof(Learning.LearningSetup).Assembly, typeof(Channels.WebChat.WebChatMapper).Assembly, typeof(ContentBundle).Assembly);
}
