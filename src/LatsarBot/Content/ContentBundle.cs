using LatsarBot.Bot.Messages;
using LatsarBot.Core.Curriculum;
using LatsarBot.Dialogs;

namespace LatsarBot.Content;

/// <summary>Everything loaded from content/, validated as a whole.</summary>
public sealed record ContentBundle(string Root, MessageCatalog Messages, MoocCurriculum Curriculum, PostTestPool PostTest)
{
    public IReadOnlyList<Core.Schedule.ReminderPlan> Reminders { get; init; } = [];

    public Core.Schedule.HolidayCalendar Holidays { get; init; } = Core.Schedule.HolidayCalendar.Empty;

    /// <summary>Loads and checks everything, collecting every error (not just the first).</summary>
    public static (ContentBundle? Bundle, IReadOnlyList<ContentError> Errors) Check(string root)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(root, 0, "folder.missing", "The content folder does not exist."));
            return (null, errors);
        }

        var messages = MessageCatalogLoader.Load(root, RequiredMessageKeys(), errors);
        var ids = new CurriculumIds(errors);
        var curriculum = CurriculumLoader.Load(root, CurriculumRules.Default, ids, errors);
        var postTest = PostTestLoader.Load(root, curriculum, CurriculumRules.Default, ids, errors);
        var reminders = ReminderPlanLoader.Load(root, errors);
        var holidays = HolidayLoader.Load(root, errors);
        if (curriculum is not null)
        {
            CheckTrophyBudget(curriculum, errors);
        }

        return errors.Count == 0 && curriculum is not null && postTest is not null
            ? (new ContentBundle(root, messages, curriculum, postTest) { Reminders = reminders, Holidays = holidays }, errors)
            : (null, errors);
    }

    /// <summary>The MOOC rules must be reachable with this curriculum: e.g. 28 trophies possible, every minimum attainable.</summary>
    private static void CheckTrophyBudget(MoocCurriculum curriculum, List<ContentError> errors)
    {
        var file = Path.Combine("content", "curriculum", "curriculum.yaml");
        var available = curriculum.Available;
        foreach (var problem in Core.Mooc.MoocRulesCheck.Problems(Core.Mooc.MoocRules.Default).Concat(Core.Mooc.Trophies.TrophyBudget.Problems(available, Core.Mooc.MoocRules.Default)))
        {
            errors.Add(new ContentError(file, 0, "mooc.budget", problem));
        }
    }

    public static ContentBundle Load(string root)
    {
        var (bundle, errors) = Check(root);
        return bundle ?? throw new ContentInvalidException(errors);
    }

    /// <summary>The string constants of every [MessageKeys] class in the dialogs and channels: every key the bot can say.</summary>
    public static IEnumerable<string> RequiredMessageKeys() =>
        new[] { typeof(Msg).Assembly, typeof(Channels.WebChat.WebChatMapper).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsDefined(typeof(Bot.Messages.MessageKeysAttribute), inherit: false))
            .SelectMany(t => t.GetFields())
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct();
}
