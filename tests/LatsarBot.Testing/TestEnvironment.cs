namespace LatsarBot.Testing;

/// <summary>
/// What every test host runs as: Development, the only environment where the demo may seed (Production refuses it),
/// but with web chat ids chosen by the browser refused as in Production, so the session tests keep their bite.
/// A test's own settings come later and win.
/// </summary>
public static class TestEnvironment
{
    public const string Name = "Development";

    public static IEnumerable<KeyValuePair<string, string?>> HostSettings =>
    [
        new("environment", Name),
        new("WebChat:Sessions:AllowClientIds", "false"),
    ];

    /// <summary>The same for a host in its own process, as environment variables.</summary>
    public static IReadOnlyDictionary<string, string> ProcessVariables => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = Name,
        ["DOTNET_ENVIRONMENT"] = Name,
        ["WebChat__Sessions__AllowClientIds"] = "false",
    };
}
