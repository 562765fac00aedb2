using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Prompts;
using LatsarBot.Dialogs.Actualization;
using LatsarBot.Dialogs.Coaching;
using LatsarBot.Dialogs.Common;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Dialogs.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Dialogs;

public static class DialogsSetup
{
    /// <summary>
    /// Dialogs are scoped: each turn gets instances that share the turn's DbContext. The use-cases they call come
    /// from <c>AddLatsarLearning</c>, which the host adds too.
    /// </summary>
    public static IServiceCollection AddLatsarDialogs(this IServiceCollection services)
    {
        services.AddScoped<ITurnMiddleware, IdentityMiddleware>();
        services.AddScoped<ITurnHandler, LatsarTurnHandler>();
        services.AddSingleton(LatsarCommands.Table);
        services.AddScoped<DialogSet>(sp => new DialogSet(sp.GetServices<Dialog>()));

        services.AddScoped<Dialog, LanguageDialog>();
        services.AddScoped<Dialog, OnboardingDialog>();
        services.AddScoped<Dialog, ProfileDialog>();
        services.AddScoped<Dialog, MainMenuDialog>();
        services.AddScoped<Dialog, Account.AccountDialog>();

        services.AddScoped<Dialog, MoocDialog>();
        services.AddScoped<Dialog, UnitDialog>();
        services.AddScoped<Dialog, PostTestDialog>();
        services.AddScoped<Dialog, ProgressDialog>();
        services.AddScoped<Dialog, LeaderboardDialog>();

        services.AddScoped<Dialog, ActualizationDialog>();
        services.AddScoped<Dialog, PlanDialog>();
        services.AddScoped<Dialog, ValuesDialog>();
        services.AddScoped<Dialog, LogDialog>();
        services.AddScoped<Dialog, TodayDialog>();
        services.AddScoped<Dialog, FollowUpDialog>();

        services.AddScoped<Dialog, AssignmentDialog>();
        services.AddScoped<CoachingRouter>();
        services.AddScoped<Dialog, AskCoachDialog>();
        services.AddScoped<Dialog, CoachingDialog>();
        services.AddScoped<Dialog, CoachingThreadDialog>();
        services.AddScoped<Dialog, LogbookReviewDialog>();
        services.AddScoped<Dialog, EntryReviewDialog>();
        services.AddScoped<Dialog, CoachPickDialog>();

        services.AddScoped<Dialog, Schedule.ScheduleDialog>();

        services.AddScoped<Dialog, Announcements.AnnouncementDialog>();
        services.AddScoped<Dialog, Announcements.AnnouncementAudienceDialog>();
        services.AddScoped<Dialog, Announcements.AnnouncementComposeDialog>();
        services.AddScoped<Dialog, Announcements.AnnouncementReportsDialog>();

        services.AddSingleton<Dialog>(new TextPrompt(Prompts.Text));
        services.AddSingleton<Dialog>(new ChoicePrompt(Prompts.Choice));
        services.AddSingleton<Dialog>(new ConfirmPrompt(Prompts.Confirm));
        services.AddSingleton<Dialog>(new TextPrompt(Prompts.Nip, NipValidation.ValidateAsync));
        services.AddSingleton<Dialog>(new TextPrompt(Prompts.Code, NipValidation.ValidateCodeAsync));
        services.AddSingleton<Dialog>(new TextPrompt(Prompts.Name, ProfileDialog.ValidateNameAsync));
        services.AddSingleton<Dialog>(new TextPrompt(Prompts.Phone, ProfileDialog.ValidatePhoneAsync));
        services.AddSingleton<Dialog>(new TextPrompt(Prompts.BirthDate, NipValidation.ValidateBirthDateAsync));
        return services;
    }
}
