using LatsarBot.Dialogs.Actualization;
using LatsarBot.Endpoints;
using LatsarBot.Documents.Evidence;
using LatsarBot.Documents.Reports;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Hosting;

/// <summary>
/// The files of the actualization (issue 5): the evidence store with the channel downloads into it and the web chat
/// upload route (item 8), and the generated draft reports with the route that serves them (item 4).
/// </summary>
public static class ActualizationFiles
{
    public static IServiceCollection AddActualizationFiles(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var evidence = configuration.GetSection("Evidence").Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddSingleton(evidence);
        services.AddSingleton(new EvidenceStore(HostPaths.Resolve(evidence.StoragePath)));
        services.AddSingleton<EvidenceFetcher>();

        var reports = configuration.GetSection("Reports").GetValue<string>("StoragePath") ?? "./data/reports";
        services.AddSingleton(new ReportFiles(HostPaths.Resolve(reports)));
        ReportFonts.Install(Path.Combine(contentRoot, "fonts"));
        return services;
    }

    public static IEndpointRouteBuilder MapActualizationFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapWebChatFileEndpoints();
        routes.MapReportFileEndpoints();
        return routes;
    }
}
