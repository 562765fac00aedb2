using LatsarBot.Bot.Channels;
using LatsarBot.Channels.Teams;
using LatsarBot.Channels.Telegram;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Announcements;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Storage;
using LatsarBot.Channels.WebChat;
using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Demo;
using LatsarBot.Dialogs;
using LatsarBot.Learning;
using LatsarBot.Outbox;
using LatsarBot.Retention;
using LatsarBot.Scheduling;
using LatsarBot.Storage;
using LatsarBot.Telegram;
using Quartz;

namespace LatsarBot.Hosting;

/// <summary>The composition shared by the web host, the CLI's chat command and the tests.</summary>
public static class LatsarBotServices
{
    public static IServiceCollection AddLatsarBot(this IServiceCollection services, IConfiguration configuration, ContentBundle content)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString);
            if (sqlite.DataSource != ":memory:")
            {
                sqlite.DataSource = HostPaths.Resolve(sqlite.DataSource);
                database.ConnectionString = sqlite.ToString();
            }
        }

        services.AddLatsarDb(database);
        services.AddLatsarScheduler(database, q =>
        {
            // Job types: q.AddJobType<TJob>() (see LatsarScheduler).
            q.AddJobType<Reminders.ReminderJob>();
            q.AddJobType<AnnouncementJob>();
            q.AddJobType<Retention.RetentionJob>();
        });
        services.TryAddSingletonTimeProvider();

        services.AddSingleton(content);
        services.AddSingleton<MessageCatalog>(content.Messages);
        services.AddSingleton(content.Curriculum);
        services.AddSingleton(content.PostTest);
        var mooc = Mooc.MoocSettings.From(configuration);
        var rules = mooc.ToRules();
        var problems = TeachingContent.RuleProblems(content.Curriculum, rules).ToList();
        if (problems.Count > 0)
        {
            // The same refusal as for broken content: these settings and this curriculum cannot run a MOOC.
            throw new ContentInvalidException(problems);
        }

        services.AddSingleton(rules);
        services.AddSingleton(mooc.ToPostTestSettings());
        services.AddSingleton(configuration.GetSection("Enrolment").Get<EnrolmentLockoutSettings>()?.ToPolicy() ?? EnrolmentLockoutPolicy.Default);
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        services.AddSingleton(CodeKey.Hasher(configuration));
        var coaching = configuration.GetSection("Coaching").Get<Learning.Coaching.CoachingOptions>() ?? new Learning.Coaching.CoachingOptions();

        // A coach's reply deadline counts working days: the national holidays of content/holidays.yaml are not, nor
        // are any the institution adds in Coaching:Holidays.
        coaching.Holidays = [.. coaching.Holidays.Union(content.Holidays.Days.Keys).Order()];
        services.AddSingleton(coaching);

        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(configuration.GetSection("Delivery:FallbackOrder").Get<string[]>() is { Length: > 0 } fallbackOrder
            ? new Data.Outbox.DeliveryOrder(fallbackOrder)
            : Data.Outbox.DeliveryOrder.Default);
        services.AddSingleton<Data.Outbox.ProactiveOutbox>();
        services.AddSingleton<DeliveryFallback>();
        services.AddSingleton<Outbox.WhatsAppHeldRelease>();
        services.AddSingleton<DispatcherStatus>();
        services.AddSingleton<TurnPipeline>();
        services.AddScoped<ITurnStore, EfTurnStore>();
        services.AddScoped<IMessageFeed, EfMessageFeed>();
        services.AddLatsarLearning();
        services.AddLatsarDialogs();
        services.AddActualizationFiles(configuration, content.Root);

        services.AddSingleton<IOutboxSender, WebChatSender>();

        // What each channel can show, whether it is switched on or not: a coach group configured while Telegram is
        // off still queues its relays (they go out once Telegram is on), as before capabilities existed.
        services.AddSingleton(WebChatMapper.Capabilities);
        services.AddSingleton(TelegramChannel.Capabilities);
        services.AddSingleton(WhatsAppChannel.Capabilities);
        services.AddSingleton(TeamsChannel.Capabilities);
        services.AddSingleton<ChannelDirectory>();
        services.AddTelegram<Telegram.EfTelegramStore>(configuration, sp => sp.GetRequiredService<Documents.Reports.ReportFiles>().ExistingPathOf);
        services.AddWhatsApp<WhatsApp.EfWhatsAppStore>(configuration, content.WhatsAppTemplates, sp => sp.GetRequiredService<Documents.Reports.ReportFiles>().ExistingPathOf);
        services.AddTeams<LatsarBot.Teams.EfTeamsStore>(configuration);
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton(configuration.GetSection("Reminders").Get<Reminders.ReminderOptions>()?.ToQuietHours() ?? Core.Schedule.QuietHours.Default);
        services.AddSingleton<Reminders.ReminderSchedule>();
        services.AddScoped<Reminders.ReminderRunner>();
        services.AddScoped<Calendar.CalendarEditor>();
        services.AddAnnouncements(configuration);
        services.AddRetention(configuration);
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>Migrates the database and seeds the demo data when enabled; run once before serving.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        await LatsarDbSetup.MigrateAsync(db, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}

/// <summary>The "Enrolment" section: how many wrong codes lock a NIP, and for how many minutes.</summary>
public sealed class EnrolmentLockoutSettings
{
    public int MaxFailures { get; set; } = EnrolmentLockoutPolicy.Default.MaxFailures;

    public int LockMinutes { get; set; } = (int)EnrolmentLockoutPolicy.Default.LockDuration.TotalMinutes;

    public EnrolmentLockoutPolicy ToPolicy() => new(MaxFailures, TimeSpan.FromMinutes(LockMinutes));
}
