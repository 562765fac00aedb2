using LatsarBot.Channels.Teams;
using LatsarBot.Channels.Telegram;
using LatsarBot.Channels.WhatsApp;
using LatsarBot.Core.Participants;
using LatsarBot.Data.Demo;

namespace LatsarBot.Hosting;

/// <summary>
/// What the host refuses to start with (issue 18, item 3): the demo (fixed codes, an organiser among them) outside
/// Development, no code key outside Development, and a channel that is configured but lacks a secret it needs. Each
/// problem names the setting, as an environment variable, so the fix is one line.
/// </summary>
public static class StartupChecks
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration, string environmentName)
    {
        var problems = new List<string>();
        var development = string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase);
        if (!development && (configuration.GetSection("Demo").Get<DemoOptions>()?.Enabled ?? false))
        {
            problems.Add($"Demo__Enabled is on in the {environmentName} environment: the demo seeds fixed codes (an organiser's among them) and runs only in Development.");
        }

        if (!development && CodeKey.Configured(configuration) is null)
        {
            problems.Add($"Security__CodeKey is not set: outside Development enrolment and sign-in codes need a server key of at least {CodeHasher.MinKeyBytes} bytes (e.g. `openssl rand -base64 48`).");
        }
        else if (CodeKey.Configured(configuration) is { Length: < CodeHasher.MinKeyBytes })
        {
            problems.Add($"Security__CodeKey is shorter than {CodeHasher.MinKeyBytes} bytes.");
        }

        var telegram = configuration.GetSection("Telegram").Get<TelegramOptions>() ?? new TelegramOptions();
        if (telegram.Enabled)
        {
            Require(problems, "Telegram", ("Telegram__BotToken", telegram.BotToken));
        }

        var whatsApp = configuration.GetSection("WhatsApp").Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (whatsApp.Enabled && Any(whatsApp.PhoneNumberId, whatsApp.AppSecret, whatsApp.AccessToken, whatsApp.VerifyToken))
        {
            Require(problems, "WhatsApp",
                ("WhatsApp__PhoneNumberId", whatsApp.PhoneNumberId), ("WhatsApp__AppSecret", whatsApp.AppSecret),
                ("WhatsApp__AccessToken", whatsApp.AccessToken), ("WhatsApp__VerifyToken", whatsApp.VerifyToken));
        }

        var teams = configuration.GetSection("Teams").Get<TeamsOptions>() ?? new TeamsOptions();
        if (teams.Enabled && Any(teams.AppId, teams.AppPassword))
        {
            Require(problems, "Teams", ("Teams__AppId", teams.AppId), ("Teams__AppPassword", teams.AppPassword));
        }

        return problems;
    }

    /// <summary>Throws <see cref="StartupRefusedException"/> naming every problem.</summary>
    public static void Enforce(IConfiguration configuration, string environmentName)
    {
        if (Problems(configuration, environmentName) is { Count: > 0 } problems)
        {
            throw new StartupRefusedException(problems);
        }
    }

    private static bool Any(params string?[] values) => values.Any(v => !string.IsNullOrWhiteSpace(v));

    private static void Require(List<string> problems, string channel, params (string Name, string? Value)[] secrets)
    {
        var missing = secrets.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{channel} is configured but {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} not set.");
        }
    }
}

public sealed class StartupRefusedException(IReadOnlyList<string> problems)
    : Exception("The host refuses to start:" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
