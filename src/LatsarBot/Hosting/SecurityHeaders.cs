namespace LatsarBot.Hosting;

/// <summary>
/// Security headers on every response the host sends, whatever page or endpoint it comes from (pages added later
/// included): a CSP that runs only script files of this origin (no inline script), no framing, no MIME sniffing, no
/// referrer. Set when the response starts, so error answers (the exception handler clears headers) carry them too;
/// a part that sets its own stricter value (the console's CSP and Cache-Control) keeps it.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Bot messages may show images and media from https addresses; everything else only from this origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; media-src 'self' https:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("X-Frame-Options", "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            headers.TryAdd("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Largest request body the host reads (Web:MaxRequestBodyBytes); the upload endpoint raises it for itself.</summary>
    public static long MaxRequestBodyBytes(IConfiguration configuration) => configuration.GetValue<long?>("Web:MaxRequestBodyBytes") ?? 1024 * 1024;
}
