using LatsarBot.Core.Participants;
using LatsarBot.Mooc;
using LatsarBot.StaffConsole.Audit;
using LatsarBot.StaffConsole.Exports;
using LatsarBot.StaffConsole.Imports;
using LatsarBot.StaffConsole.Announcements;
using LatsarBot.StaffConsole.Charts;
using LatsarBot.StaffConsole.Cohorts;
using LatsarBot.StaffConsole.PersonalData;
using LatsarBot.StaffConsole.Progress;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatsarBot.StaffConsole;

/// <summary>The organiser console's registration and routes; the web host calls both (the CLI has no console).</summary>
public static class ConsoleServices
{
    public static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Secure cookies everywhere but on a developer's plain-HTTP machine.
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.Configure<ConsoleOptions>(configuration.GetSection("Console"));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "latsarbot.console";
            o.Cookie.Path = "/console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;

            // Lax, not Strict: a link to the console from a chat is a cross-site navigation and should still find the session.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/console/masuk";
            o.ReturnUrlParameter = "kembali";
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "latsarbot.console.af";
            o.Cookie.Path = "/console";

            // Secure whenever the request is: antiforgery refuses to run at all on plain HTTP with "Always", and this
            // cookie is only half of a pair (the other half is in the form), not a session.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
        });
        services.AddAuthorizationBuilder().AddPolicy(ConsoleAccess.Policy, p => p
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new ConsoleAccessRequirement()));
        services.AddSingleton<IAuthorizationHandler, ConsoleAccessHandler>();
        services.TryAddSingleton(StaffSignInPolicy.Default);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ConsoleLinks>();
        services.AddScoped<ConsoleSignIn>();
        services.TryAddScoped<Evaluasi1Report>();
        services.TryAddScoped<LatsarBot.Exports.ExportTables>();
        return services;
    }

    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var console = app.MapGroup("/console");
        console.MapConsoleSignIn();
        console.MapConsoleClasses();
        console.MapConsoleSimulator();
        console.MapConsoleImports();
        console.MapConsoleExports();
        console.MapConsoleAudit();
        console.MapConsoleCohorts();
        console.MapConsoleClassManagement();
        console.MapConsoleEnrolmentCodes();
        console.MapConsoleCharts();
        console.MapConsoleParticipant();
        console.MapConsolePersonalData();
        console.MapConsoleAnnouncements();
        return app;
    }
}
