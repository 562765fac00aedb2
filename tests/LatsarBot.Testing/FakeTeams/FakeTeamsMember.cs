namespace LatsarBot.Testing.FakeTeams;

/// <summary>A roster member as GET /v3/conversations/{id}/members/{userId} answers it (TeamsChannelAccount); <see cref="PersonalAppInstalled"/>: whether a personal chat with them can be created.</summary>
public sealed record FakeTeamsMember(string Id, string AadObjectId, string Name, string? UserPrincipalName, string? Email, string TenantId,
    bool PersonalAppInstalled = true);
