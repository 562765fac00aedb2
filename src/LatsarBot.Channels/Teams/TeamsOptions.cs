namespace LatsarBot.Channels.Teams;

/// <summary>
/// The "Teams" section. The app password (client secret) is a secret: set it with the environment variable
/// Teams__AppPassword, never in appsettings.json. Without the app id and the password, Teams is off.
/// </summary>
public sealed class TeamsOptions
{
    /// <summary>The Bot Connector's OpenID metadata for tokens from the channel to the bot.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultIssuer = "https://api.botframework.com";

    public const string DefaultScope = "https://api.botframework.com/.default";

    public bool Enabled { get; set; } = true;

    /// <summary>The Entra app (client) id of the bot: the audience of every inbound token.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret for the outbound token.</summary>
    public string? AppPassword { get; set; }

    /// <summary>
    /// The Entra tenant of the bot's single-tenant app registration (multi-tenant bot creation is retired), and the
    /// institution's tenant whose members may be bound by their UPN.
    /// </summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>Null: https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token (botframework.com without a tenant).</summary>
    public string? TokenUrl { get; set; }

    public string Scope { get; set; } = DefaultScope;

    /// <summary>
    /// Hosts an activity's serviceUrl may name. A signed token binds the serviceUrl, but the list keeps a leaked token
    /// for a foreign connector from turning the bot into a client of any URL.
    /// </summary>
    /// <remarks>Empty: the public cloud's smba.trafficmanager.net. Set, it replaces that rather than adding to it.</remarks>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    public IReadOnlyList<string> EffectiveServiceUrlHosts => AllowedServiceUrlHosts.Count == 0 ? ["smba.trafficmanager.net"] : AllowedServiceUrlHosts;

    /// <summary>
    /// Hosts a file's download URL may name (a host or a domain it ends in): files sent in a personal chat live in the
    /// sender's OneDrive. Empty: sharepoint.com.
    /// </summary>
    public List<string> AllowedFileHosts { get; set; } = [];

    public bool IsAllowedFileHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        IEnumerable<string> allowed = AllowedFileHosts.Count == 0 ? ["sharepoint.com"] : AllowedFileHosts;
        return allowed.Any(h => url.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Bot Connector documents 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the signing keys are used before they are fetched again (botbuilder keeps them 5 days).</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown key id fetches the keys again at most this often, so forged tokens cannot make us hammer the metadata.</summary>
    public TimeSpan KeyRefreshMinInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TeamsRateOptions Rates { get; set; } = new();

    public bool IsOn => Enabled && !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppPassword);

    public string EffectiveTokenUrl => TokenUrl
        ?? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token";
}
