using LatsarBot.Bot.Identity;
using LatsarBot.Data.Actualization;
using LatsarBot.Data.Coaching;
using LatsarBot.Data.Mooc;
using LatsarBot.Data.Participants;
using LatsarBot.Learning.Actualization.Report;
using LatsarBot.Learning.Coaching;
using LatsarBot.Learning.Participants;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Learning;

public static class LearningSetup
{
    /// <summary>
    /// Scoped, so a turn, a job run or a CLI command reads and writes through its own DbContext (the unit of work);
    /// the options these take (coaching, evidence, post test) are read from configuration by the host.
    /// </summary>
    public static IServiceCollection AddLatsarLearning(this IServiceCollection services)
    {
        services.AddScoped<CurrentPerson>();
        services.AddScoped<IPersonResolver>(sp => sp.GetRequiredService<CurrentPerson>());
        services.AddScoped<MoocLearner>();
        services.AddScoped<ActualizationLogbook>();
        services.AddScoped<DraftReportService>();
        services.AddSingleton<WeeklySummaries>();
        services.AddScoped<TeachingAssignments>();
        services.AddScoped<PlanSupervisors>();
        services.AddScoped<CoachingRelay>();
        return services;
    }
}
