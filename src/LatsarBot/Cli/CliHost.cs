using LatsarBot.Content;
using LatsarBot.Hosting;

namespace LatsarBot.Cli;

/// <summary>The same configuration and services as the web host, for commands that touch the database.</summary>
public static class CliHost
{
    public static IConfiguration Configuration() =>
        new ConfigurationBuilder()
            .SetBasePath(HostPaths.ContentRoot())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    public static string ContentPath(IConfiguration configuration) =>
        configuration.GetSection("Content").Get<ContentOptions>()?.ResolvePath() ?? "content";

    /// <summary>
    /// Loads content and starts the services; on broken content or MOOC settings writes the same lines the
    /// host would refuse to start with to <paramref name="error"/> and returns null.
    /// </summary>
    public static async Task<ServiceProvider?> TryStartAsync(IConfiguration configuration, TextWriter error, Action<IServiceCollection>? extra = null)
    {
        try
        {
            return await StartAsync(configuration, ContentBundle.Load(ContentPath(configuration), Mooc.MoocSettings.From(configuration).ToRules()), extra);
        }
        catch (ContentInvalidException e)
        {
            await error.WriteLineAsync(e.Message);
            return null;
        }
    }

    private static async Task<ServiceProvider> StartAsync(IConfiguration configuration, ContentBundle content, Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddConfiguration(configuration.GetSection("Logging")).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(configuration);
        services.AddLatsarBot(configuration, content);
        extra?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await LatsarBotServices.PrepareDatabaseAsync(provider, CancellationToken.None);
        return provider;
    }
}
