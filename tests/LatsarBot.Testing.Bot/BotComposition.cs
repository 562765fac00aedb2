using LatsarBot.Bot.Channels;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Storage;
using LatsarBot.Content;
using LatsarBot.Core.Mooc;
using LatsarBot.Core.Mooc.PostTest;
using LatsarBot.Core.Participants;
using LatsarBot.Core.Schedule;
using LatsarBot.Data;
using LatsarBot.Data.Demo;
using LatsarBot.Data.Outbox;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Announcements;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using LatsarBot.Learning;
using LatsarBot.Learning.Actualization;
using LatsarBot.Learning.Coaching;
using LatsarBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LatsarBot.Testing;

/// <summary>
/// What a turn needs, composed without the host: the real content/ files, the pipeline and the dialogs, EF storage
/// with the outbox, the actualization files, the demo seeder. Nothing that runs outside a turn (dispatchers, Quartz,
/// fan-outs) and no channel: one neutral test channel stands in, so a dialog test cannot pass by naming one. Settings
/// are read from the same sections as the host's; the MOOC rules are the defaults (the host's "Mooc" section is the
/// host's to test).
/// </summary>
public static class BotComposition
{
    public static ChannelCapabilities TestChannel { get; } =
        new("test", "test chat", MaxTextLength: 4096, ButtonsPerRow: 3, GroupTopics: false, NeedsTemplatesOutsideWindow: false);

    public static IServiceCollection AddBotWithoutHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLatsarDb(configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions());
        var content = LoadContent(TestPaths.Content);
        services.AddSingleton<MessageCatalog>(content.Messages);
        services.AddSingleton(content.Curriculum);
        services.AddSingleton(content.PostTest);
        services.AddSingleton(MoocRules.Default);
        services.AddSingleton(PostTestSettings.Default);
        services.AddSingleton(EnrolmentLockoutPolicy.Default);
        services.AddSingleton(TestCodes.Hasher);
        services.AddSingleton(Options.Create(configuration.GetSection("Demo").Get<DemoOptions>() ?? new DemoOptions()));

        // As in the host: a reply deadline skips the holidays of content/ and any of the Coaching section.
        var coaching = configuration.GetSection("Coaching").Get<CoachingOptions>() ?? new CoachingOptions();
        coaching.Holidays = [.. coaching.Holidays.Union(content.Holidays.Days.Keys).Order()];
        services.AddSingleton(coaching);

        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ProactiveOutbox>();
        services.AddSingleton<TurnPipeline>();
        services.AddScoped<ITurnStore, EfTurnStore>();
        services.AddScoped<IMessageFeed, EfMessageFeed>();
        services.AddLatsarLearning();
        services.AddLatsarDialogs();

        var evidence = configuration.GetSection("Evidence").Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddSingleton(evidence);
        services.AddSingleton(new EvidenceStore(Path.GetFullPath(evidence.StoragePath)));
        services.AddSingleton<EvidenceFetcher>();
        services.AddSingleton(new ReportFiles(Path.GetFullPath(configuration["Reports:StoragePath"] ?? "./data/reports")));
        ReportFonts.Install(Path.Combine(TestPaths.Content, "fonts"));

        services.AddSingleton(TestChannel);
        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton(new ChannelRates(new Dictionary<string, double>()));
        services.AddSingleton(QuietHours.Default);
        services.AddScoped<DemoSeeder>();
        return services;
    }

    private static (MessageCatalog Messages, Core.Curriculum.MoocCurriculum Curriculum, Core.Curriculum.PostTestPool PostTest, HolidayCalendar Holidays) LoadContent(string root)
    {
        var errors = new List<ContentError>();
        var messages = MessageCatalogLoader.Load(root, MessageKeysAttribute.KeysIn(typeof(Msg).Assembly, typeof(LearningSetup).Assembly), errors);
        var teaching = TeachingContent.Load(root, MoocRules.Default, errors);
        var holidays = HolidayLoader.Load(root, errors);
        return errors.Count == 0 && teaching is not null
            ? (messages, teaching.Curriculum, teaching.PostTest, holidays)
            : throw new ContentInvalidException(errors);
    }
}
