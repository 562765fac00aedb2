using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LatsarBot.StaffConsole;

/// <summary>The console's own address for the links the bot sends (see <see cref="ConsoleOptions.PublicUrl"/>).</summary>
public sealed class ConsoleLinks(IOptions<ConsoleOptions> options, IServer server)
{
    public const string CodePath = "/console/masuk/kode";

    public string CodeLink(string token, string code) =>
        $"{BaseUrl()}{CodePath}?t={Uri.EscapeDataString(token)}&c={Uri.EscapeDataString(code)}";

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
        {
            return options.Value.PublicUrl.TrimEnd('/');
        }

        // Listening on every interface says nothing about the name people reach us by; localhost is the honest guess.
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        return listening.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
    }
}
