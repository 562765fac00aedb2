using System.Globalization;
using System.Threading.RateLimiting;
using LatsarBot.Bot.Messages;
using LatsarBot.Channels.WebChat;
using LatsarBot.Core.Participants;
using Microsoft.AspNetCore.RateLimiting;

namespace LatsarBot.Hosting;

/// <summary>
/// Abuse limits with ASP.NET Core's rate limiter: an endpoint marked <see cref="RateLimited"/> is counted per client
/// address and, when its route names a conversation, per conversation too (both must admit it). Unmarked endpoints
/// (the platform webhooks, authenticated by their signatures; health; static files) are not limited here. Refused
/// calls get 429 with Retry-After; web chat calls also a chat message in the person's language.
/// </summary>
public static class RateLimits
{
    public const string WebChat = "webchat";
    public const string Upload = "upload";
    public const string SignIn = "signin";
    public const string Verify = "verify";
    public const string MessageKey = "error.rate_limited";

    /// <summary>Endpoint metadata naming the limit class; added with <see cref="RateLimitedAs{TBuilder}"/>.</summary>
    public sealed record RateLimited(string Class);

    public static TBuilder RateLimitedAs<TBuilder>(this TBuilder builder, string limitClass) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RateLimited(limitClass));

    public static IServiceCollection AddLatsarRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options, perConversation: false)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options, perConversation: true)));
            limiter.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, rejected.Lease, cancellationToken);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options, bool perConversation)
    {
        var limitClass = options.Enabled ? context.GetEndpoint()?.Metadata.GetMetadata<RateLimited>()?.Class : null;
        var window = limitClass is null ? null : options.For(limitClass);
        var key = !perConversation
            ? context.Connection.RemoteIpAddress?.ToString() ?? "unknown"
            : context.Request.RouteValues["conversationId"] as string;
        var limit = perConversation ? window?.PerConversation : window?.PerIp;
        if (window is null || key is null || limit is null or <= 0)
        {
            return RateLimitPartition.GetNoLimiter("none");
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{limitClass}|{(perConversation ? "c" : "ip")}|{key}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.Value,
            Window = window.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var limitClass = context.GetEndpoint()?.Metadata.GetMetadata<RateLimited>()?.Class;
        if (limitClass is WebChat or Upload)
        {
            var language = context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Id;
            var text = context.RequestServices.GetRequiredService<MessageCatalog>().Text(language, MessageKey, ("seconds", seconds));
            await context.Response.WriteAsJsonAsync(new WebChatRateLimited("rate_limited", text, seconds), cancellationToken);
            return;
        }

        await context.Response.WriteAsync(
            $"Terlalu banyak permintaan; coba lagi dalam {seconds} detik. / Too many requests; try again in {seconds} seconds.", cancellationToken);
    }
}

/// <summary>The 429 body of a web chat call: <see cref="Message"/> is shown in the chat as the bot's.</summary>
public sealed record WebChatRateLimited(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("retryAfter")] int RetryAfter);

/// <summary>RateLimits settings: each class admits PerIp calls per client address and PerConversation calls per conversation in each Window (0 or absent: no limit).</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public RateLimitWindow WebChat { get; set; } = new() { PerIp = 3000, PerConversation = 600 };

    public RateLimitWindow Upload { get; set; } = new() { PerIp = 60, PerConversation = 30 };

    public RateLimitWindow SignIn { get; set; } = new() { PerIp = 20 };

    public RateLimitWindow Verify { get; set; } = new() { PerIp = 60 };

    public RateLimitWindow? For(string limitClass) => limitClass switch
    {
        RateLimits.WebChat => WebChat,
        RateLimits.Upload => Upload,
        RateLimits.SignIn => SignIn,
        RateLimits.Verify => Verify,
        _ => null,
    };
}

public sealed class RateLimitWindow
{
    public int? PerIp { get; set; }

    public int? PerConversation { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
