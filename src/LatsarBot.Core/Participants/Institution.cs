namespace LatsarBot.Core.Participants;

/// <summary>A training institution (Lembaga Pelatihan) that runs cohorts.</summary>
public class Institution
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Who participants should contact when they are stuck (name, phone or e-mail).</summary>
    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string ContactLine => string.Join(", ", new[] { ContactName, ContactPhone, ContactEmail }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
