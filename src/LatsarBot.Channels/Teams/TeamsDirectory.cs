using LatsarBot.Bot.Activities;
using Microsoft.Extensions.Logging;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Vouches for a Teams user's e-mail when the institution's own tenant does: the member look-up's userPrincipalName
/// (or email) of a user in <see cref="TeamsOptions.TenantId"/>, looked up once per conversation and kept. A user of
/// another tenant (a guest's home directory, anyone's own) vouches for nothing, and onboarding asks for the NIP and code.
/// </summary>
public sealed class TeamsDirectory(TeamsOptions options, ITeamsStore store, TeamsConnector connector, ILogger<TeamsDirectory> log)
{
    public async Task<Activity> VouchAsync(Activity turn, TeamsConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrWhiteSpace(options.TenantId) || reference.TenantId != options.TenantId)
        {
            return turn;
        }

        var email = await store.RecallMemberEmailAsync(reference.ConversationId, cancellationToken);
        if (email is null)
        {
            try
            {
                var member = await connector.MemberAsync(reference.ServiceUrl, reference.ConversationId, reference.UserId, cancellationToken);
                email = member?["tenantId"]?.ToString() is { } tenant && tenant != options.TenantId
                    ? ""
                    : member?["userPrincipalName"]?.ToString() is { Length: > 0 } upn ? upn : member?["email"]?.ToString() ?? "";
            }
            catch (HttpRequestException e)
            {
                // No look-up now is no proof now: the person goes the NIP way, and the next turn asks again.
                log.LogInformation("Teams member look-up for {Conversation} failed: {Error}", reference.ConversationId, e.Message);
                return turn;
            }

            await store.RememberMemberEmailAsync(reference.ConversationId, email, cancellationToken);
        }

        return email.Length == 0 ? turn : turn with { From = turn.From with { VerifiedEmail = email } };
    }
}
