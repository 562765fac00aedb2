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
            .AddJsonFile($"appsettings.{EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>As the web host reads it: DOTNET_ENVIRONMENT, then ASPNETCORE_ENVIRONMENT, else Production.</summary>
    public static string EnvironmentName =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspnet ? aspnet
        : Environments.Production;

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
            StartupChecks.Enforce(configuration, EnvironmentName);
            return await StartAsync(configuration, ContentBundle.Load(ContentPath(configuration), Mooc.MoocSettings.From(configuration).ToRules()), extra);
        }
        catch (ContentInvalidException e)
        {
            await error.WriteLineAsync(e.Message);
            return null;
        }
        catch (StartupRefusedException e)
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
