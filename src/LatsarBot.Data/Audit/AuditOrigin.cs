namespace LatsarBot.Data.Audit;

/// <summary>From where: the channel, and for the console the client's address.</summary>
public sealed record AuditOrigin(string Channel, string? Address = null)
{
    public const int ChannelMaxLength = 32;
    public const int AddressMaxLength = 64;

    public static AuditOrigin Cli { get; } = new("cli");

    public static AuditOrigin Console(System.Net.IPAddress? address) => new("console", address?.ToString());

    /// <summary>A chat channel by its name as the turn knows it (telegram, whatsapp, webchat, terminal).</summary>
    public static AuditOrigin Chat(string channel) => new(channel);
}
