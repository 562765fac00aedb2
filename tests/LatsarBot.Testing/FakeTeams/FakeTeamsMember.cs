namespace LatsarBot.Testing.FakeTeams;

/// <summary>A roster member as GET /v3/conversations/{id}/members/{userId} answers it (TeamsChannelAccount).</summary>
public sealed record FakeTeamsMember(string Id, string AadObjectId, string Name, string? UserPrincipalName, string? Email, string TenantId);
