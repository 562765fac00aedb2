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
        services.AddScoped(sp => new DialogSet(sp));

        services.AddDialog<LanguageDialog>(LanguageDialog.DialogId);
        services.AddDialog<OnboardingDialog>(OnboardingDialog.DialogId);
        services.AddDialog<ProfileDialog>(ProfileDialog.DialogId);
        services.AddDialog<MainMenuDialog>(MainMenuDialog.DialogId);
        services.AddDialog<Account.AccountDialog>(Account.AccountDialog.DialogId);

        services.AddDialog<MoocDialog>(MoocDialog.DialogId);
        services.AddDialog<UnitDialog>(UnitDialog.DialogId);
        services.AddDialog<PostTestDialog>(PostTestDialog.DialogId);
        services.AddDialog<ProgressDialog>(ProgressDialog.DialogId);
        services.AddDialog<LeaderboardDialog>(LeaderboardDialog.DialogId);

        services.AddDialog<ActualizationDialog>(ActualizationDialog.DialogId);
        services.AddDialog<PlanDialog>(PlanDialog.DialogId);
        services.AddDialog<ValuesDialog>(ValuesDialog.DialogId);
        services.AddDialog<LogDialog>(LogDialog.DialogId);
        services.AddDialog<TodayDialog>(TodayDialog.DialogId);
        services.AddDialog<FollowUpDialog>(FollowUpDialog.DialogId);

        services.AddDialog<AssignmentDialog>(AssignmentDialog.DialogId);
        services.AddScoped<CoachingRouter>();
        services.AddDialog<AskCoachDialog>(AskCoachDialog.DialogId);
        services.AddDialog<CoachingDialog>(CoachingDialog.DialogId);
        services.AddDialog<CoachingThreadDialog>(CoachingThreadDialog.DialogId);
        services.AddDialog<LogbookReviewDialog>(LogbookReviewDialog.DialogId);
        services.AddDialog<EntryReviewDialog>(EntryReviewDialog.DialogId);
        services.AddDialog<CoachPickDialog>(CoachPickDialog.DialogId);

        services.AddDialog<Schedule.ScheduleDialog>(Schedule.ScheduleDialog.DialogId);

        services.AddDialog<Announcements.AnnouncementDialog>(Announcements.AnnouncementDialog.DialogId);
        services.AddDialog<Announcements.AnnouncementAudienceDialog>(Announcements.AnnouncementAudienceDialog.DialogId);
        services.AddDialog<Announcements.AnnouncementComposeDialog>(Announcements.AnnouncementComposeDialog.DialogId);
        services.AddDialog<Announcements.AnnouncementReportsDialog>(Announcements.AnnouncementReportsDialog.DialogId);

        services.AddDialog(new TextPrompt(Prompts.Text));
        services.AddDialog(new ChoicePrompt(Prompts.Choice));
        services.AddDialog(new ConfirmPrompt(Prompts.Confirm));
        services.AddDialog(new TextPrompt(Prompts.Nip, NipValidation.ValidateAsync));
        services.AddDialog(new TextPrompt(Prompts.Code, NipValidation.ValidateCodeAsync));
        services.AddDialog(new TextPrompt(Prompts.Name, ProfileDialog.ValidateNameAsync));
        services.AddDialog(new TextPrompt(Prompts.Phone, ProfileDialog.ValidatePhoneAsync));
        services.AddDialog(new TextPrompt(Prompts.BirthDate, NipValidation.ValidateBirthDateAsync));
        return services;
    }
}
