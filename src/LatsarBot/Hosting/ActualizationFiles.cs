using LatsarBot.Dialogs.Actualization;
using LatsarBot.Endpoints;

namespace LatsarBot.Hosting;

/// <summary>The evidence store, the channel downloads into it and the web chat upload route (issue 5, item 8).</summary>
public static class ActualizationFiles
{
    public static IServiceCollection AddActualizationFiles(this IServiceCollection services, IConfiguration configuration)
    {
        var evidence = configuration.GetSection("Evidence").Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddSingleton(evidence);
        services.AddSingleton(new EvidenceStore(HostPaths.Resolve(evidence.StoragePath)));
        services.AddSingleton<EvidenceFetcher>();
        return services;
    }

    public static IEndpointRouteBuilder MapActualizationFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapWebChatFileEndpoints();
        return routes;
    }
}
