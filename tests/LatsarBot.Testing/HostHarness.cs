using LatsarBot.Content;
using LatsarBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Testing;

/// <summary>
/// The bot harness on the host's own composition (LatsarBotServices: dispatchers, Quartz, announcements, reminders,
/// channels, the configured MOOC rules), for tests of the host.
/// </summary>
public static class HostHarness
{
    public static Task<BotHarness> StartAsync(
        TestDatabase? database = null,
        Action<IServiceCollection>? overrides = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        DateTimeOffset? now = null) =>
        BotHarness.StartOnAsync(
            (services, configuration) => services.AddLatsarBot(configuration, ContentBundle.Load(TestPaths.Content, Core.Mooc.MoocRules.Default)),
            LatsarBotServices.PrepareDatabaseAsync,
            database, overrides, settings, now);
}
