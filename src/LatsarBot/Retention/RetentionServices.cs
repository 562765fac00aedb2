using LatsarBot.PersonalData;
using LatsarBot.Scheduling;

namespace LatsarBot.Retention;

/// <summary>Retention and the personal data rights: the options, the runner, export and erasure, and the nightly trigger.</summary>
public static class RetentionServices
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Retention").Get<RetentionOptions>() ?? new RetentionOptions());
        services.AddScoped<RetentionRunner>();
        services.AddSingleton<PersonExport>();
        services.AddSingleton<PersonErasure>();
        return services;
    }
}

/// <summary>Puts the nightly trigger in the store when the web host starts (a changed time replaces the old one).</summary>
public sealed class RetentionStartup(IServiceProvider services, RetentionOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RetentionJob.ScheduleAsync(LatsarScheduler.Get(services), options, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
