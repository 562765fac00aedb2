namespace LatsarBot.StaffConsole;

/// <summary>The "Console" section.</summary>
public sealed class ConsoleOptions
{
    /// <summary>
    /// The console's public address ("https://latsar.example.go.id") for the sign-in link the bot sends. Empty: the
    /// address the host listens on. Never the request's Host header: anyone could then ask for a victim's code with a
    /// Host of their own and have the bot send the victim a link that hands the code to them.
    /// </summary>
    public string? PublicUrl { get; set; }
}
