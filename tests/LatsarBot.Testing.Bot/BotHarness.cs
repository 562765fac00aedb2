using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Data;
using LatsarBot.Data.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Testing;

/// <summary>
/// The bot's real services (pipeline, dialogs, EF storage with the outbox) on a test database and a
/// fake clock, without HTTP: for dialog and engine tests. <see cref="StartAsync"/> composes them without the host
/// (<see cref="BotComposition"/>); the host's tests start the same harness on the host's composition instead.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private BotHarness(ServiceProvider services, FakeTimeProvider time, TestDatabase database, bool ownsDatabase)
    {
        Services = services;
        Time = time;
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>2026-03-02 08:00 WIB, a Monday of a plausible MOOC window.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public TestDatabase Database { get; }

    public TurnPipeline Pipeline => Services.GetRequiredService<TurnPipeline>();

    public MessageCatalog Messages => Services.GetRequiredService<MessageCatalog>();

    /// <summary>
    /// Starts on a fresh SQLite file unless a database is given (then the caller disposes it, and may start
    /// a second harness on it: a restart). Demo data is seeded unless turned off.
    /// </summary>
    public static Task<BotHarness> StartAsync(
        TestDatabase? database = null,
        Action<IServiceCollection>? overrides = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        DateTimeOffset? now = null) =>
        StartOnAsync((services, configuration) => services.AddBotWithoutHost(configuration), PrepareAsync, database, overrides, settings, now);

    /// <summary>
    /// Starts on a composition of the caller's (<paramref name="compose"/> registers everything but the clock and the
    /// logging, <paramref name="prepare"/> readies the database once before the first turn).
    /// </summary>
    public static async Task<BotHarness> StartOnAsync(
        Action<IServiceCollection, IConfiguration> compose,
        Func<IServiceProvider, CancellationToken, Task> prepare,
        TestDatabase? database = null,
        Action<IServiceCollection>? overrides = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        DateTimeOffset? now = null)
    {
        var ownsDatabase = database is null;
        database ??= TestDatabase.Sqlite();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Demo:Enabled", "true"), .. TestPaths.FileSettings(), .. database.Settings, .. settings ?? []])
            .Build();
        var time = new FakeTimeProvider(now ?? Start);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        compose(services, configuration);
        overrides?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await prepare(provider, CancellationToken.None);
        return new BotHarness(provider, time, database, ownsDatabase);
    }

    public TestFlow Flow(string channel = "test", string? conversationId = null, string? userId = null, string? verifiedPhone = null)
    {
        var id = conversationId ?? Guid.NewGuid().ToString("N")[..12];
        return new TestFlow(
            async activity => (await Pipeline.ProcessAsync(activity, CancellationToken.None)).Replies.Select(r => r.Reply).ToList(),
            Messages, channel, id, new ChannelUser(userId ?? "user-" + id, VerifiedPhone: verifiedPhone));
    }

    public LatsarDb NewContext() => Database.NewContext();

    /// <summary>What the host does before serving: migrate, then seed the demo data when enabled.</summary>
    private static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await LatsarDbSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<LatsarDb>(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

public static class ServiceCollectionTestExtensions
{
    /// <summary>Adds or swaps a dialog, a middleware or a handler for one test.</summary>
    public static IServiceCollection ReplaceScoped<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.RemoveAll<TService>();
        services.AddScoped<TService, TImplementation>();
        return services;
    }
}
