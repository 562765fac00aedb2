using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Channels.WebChat;

public static class WebChatServices
{
    /// <summary>
    /// Session tokens for the web chat. Client-made conversation ids are accepted only when <paramref name="isDevelopment"/>
    /// and WebChat:Sessions:AllowClientIds is not false; outside Development the setting is ignored.
    /// </summary>
    public static IServiceCollection AddWebChatSessions(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        var options = configuration.GetSection("WebChat:Sessions").Get<WebChatSessionOptions>() ?? new WebChatSessionOptions();
        options.AllowClientIds = isDevelopment && configuration.GetValue("WebChat:Sessions:AllowClientIds", true);
        services.AddDataProtection();
        services.AddSingleton(options);
        services.AddSingleton<WebChatSessions>();
        return services;
    }
}
