namespace LatsarBot.Testing.FakeTeams;

/// <summary>How a token the fake signs departs from a good one; the default is a good one.</summary>
public sealed record FakeTokenKnobs
{
    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    /// <summary>Minutes from now the token expires; negative beyond the 5-minute skew is expired.</summary>
    public int ExpiresInMinutes { get; init; } = 60;

    /// <summary>The serviceurl claim, when it should differ from the activity's; "" leaves the claim out.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Signed by a published key not endorsed for msteams.</summary>
    public bool UnendorsedKey { get; init; }

    /// <summary>Signed by a key that is in no JWKS.</summary>
    public bool UnknownKey { get; init; }

    public static readonly FakeTokenKnobs Good = new();
}
