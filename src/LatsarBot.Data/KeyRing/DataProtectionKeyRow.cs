namespace LatsarBot.Data.KeyRing;

/// <summary>
/// One key of ASP.NET Core Data Protection's key ring, as the XML element the key manager writes. Kept in the
/// database every instance shares, so a web chat token or console cookie minted by one instance is read by the others
/// and survives a restart on a machine without a persistent home folder.
/// </summary>
public class DataProtectionKeyRow
{
    public int Id { get; set; }

    /// <summary>The name the key manager gives the element ("key-{guid}"); informational.</summary>
    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
