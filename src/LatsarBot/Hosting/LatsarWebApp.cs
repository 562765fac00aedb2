using LatsarBot.Channels.Teams;
using LatsarBot.Channels.Telegram;
using LatsarBot.Channels.WhatsApp;
using Quartz;
using LatsarBot.Channels.WebChat;
using LatsarBot.Content;
using LatsarBot.Endpoints;
using LatsarBot.Outbox;
using LatsarBot.StaffConsole;
using LatsarBot.Telegram;

namespace LatsarBot.Hosting;

/// <summary>Builds the web host: Program runs it; tests start it on a loopback port with their own settings.</summary>
public static class LatsarWebApp
{
    /// <summary>Throws <see cref="ContentInvalidException"/> when content/ is broken, <see cref="StartupRefusedException"/> on unsafe settings.</summary>
    public static async Task<WebApplication> CreateAsync(string[] args, Action<IServiceCollection>? overrides = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(HostPaths.WebOptions(args));
        StartupChecks.Enforce(builder.Configuration, builder.Environment.EnvironmentName);
        var content = ContentBundle.Load(builder.Configuration.GetSection("Content").Get<ContentOptions>()?.ResolvePath() ?? "content", Mooc.MoocSettings.From(builder.Configuration).ToRules());
        builder.Services.AddLatsarBot(builder.Configuration, content);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        builder.Services.AddHostedService<Reminders.ReminderStartup>();
        builder.Services.AddHostedService<Retention.RetentionStartup>();
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddStaffConsole(builder.Configuration, builder.Environment);
        builder.Services.AddWebChatSessions(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddDatabaseKeyRing();
        builder.Services.AddLatsarRateLimits(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = SecurityHeaders.MaxRequestBodyBytes(builder.Configuration);
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        // Development would throw on a request a minimal API cannot bind; answer it with a 400 as everywhere else.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        await LatsarBotServices.PrepareDatabaseAsync(app.Services, cancellationToken);

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Sent on HTTPS responses only (behind a TLS proxy: with forwarded headers configured).
            app.UseHsts();
        }

        // Whatever escapes an endpoint (the database gone, say) is answered as JSON and logged; the host serves on.
        app.UseExceptionHandler(failed => failed.Run(context =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
            {
                // A request the framework could not read (a body too large, a form that does not parse) is the caller's fault.
                context.Response.StatusCode = bad.StatusCode;
                return context.Response.WriteAsJsonAsync(new { error = "bad_request" });
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return context.Response.WriteAsJsonAsync(new { error = "unavailable", detail = "The service cannot answer right now; please retry shortly." });
        }));
        app.UseConsoleHeaders();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        // Media shipped with the content (infographics) are served from content/media at /content/media.
        var media = Path.Combine(content.Root, "media");
        if (Directory.Exists(media))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(media), RequestPath = "/content/media" });
        }

        app.MapHealthEndpoints();
        app.MapWebChatSessions().RateLimitedAs(RateLimits.WebChat);
        app.MapWebChatEndpoints().RateLimitedAs(RateLimits.WebChat);
        app.MapTelegram();
        app.MapWhatsApp();
        app.MapTeams();
        app.MapActualizationFiles();

        // The console's session and forms: authentication before authorization, antiforgery after both (it validates
        // every form-bound endpoint).
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaffConsole();
        return app;
    }
}
