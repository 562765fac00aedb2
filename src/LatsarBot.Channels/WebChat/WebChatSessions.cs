using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace LatsarBot.Channels.WebChat;

/// <summary>
/// Mints and checks web chat session tokens: the conversation id the server chose, sealed with Data Protection
/// (encrypted and authenticated) and an expiry. Nothing is stored; the key ring is what makes a token valid, so
/// several instances need a shared key ring (as the console's cookies do).
/// </summary>
public sealed class WebChatSessions(IDataProtectionProvider protection, WebChatSessionOptions options, TimeProvider clock)
{
    public const string TokenHeader = "X-WebChat-Token";

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("LatsarBot.WebChat.Session.v1").ToTimeLimitedDataProtector();

    public WebChatSessionOptions Options => options;

    /// <summary>A new conversation: a random id no client chose.</summary>
    public WebChatSession Start() => Issue(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));

    /// <summary>A fresh token for the conversation of a still valid one (the page renews before expiry).</summary>
    public WebChatSession? Renew(string? token) => Read(token) is { } conversationId ? Issue(conversationId) : null;

    /// <summary>The conversation id sealed in the token, or null when it is missing, forged, tampered with or expired.</summary>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        try
        {
            var conversationId = _protector.Unprotect(token, out var expires);
            return expires > clock.GetUtcNow() ? conversationId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A token for an id the browser made up; only where <see cref="WebChatSessionOptions.AllowClientIds"/> is on.</summary>
    public WebChatSession Adopt(string conversationId) =>
        options.AllowClientIds ? Issue(conversationId) : throw new InvalidOperationException("Client-made conversation ids are off outside Development.");

    private WebChatSession Issue(string conversationId)
    {
        var expires = clock.GetUtcNow() + options.Lifetime;
        return new WebChatSession(conversationId, _protector.Protect(conversationId, expires), expires);
    }
}

/// <summary>WebChat:Sessions settings.</summary>
public sealed class WebChatSessionOptions
{
    /// <summary>How long a token is valid; the page renews it when half has passed.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Accept calls without a token (conversation ids the browser made up, as before sessions existed). Only the
    /// Development environment allows it; see LatsarBotServices.
    /// </summary>
    public bool AllowClientIds { get; set; }
}
