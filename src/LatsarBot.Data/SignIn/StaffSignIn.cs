namespace LatsarBot.Data.SignIn;

/// <summary>
/// One request of a member of staff to sign in to the console: the code the bot sent them, hashed
/// (<see cref="Core.Participants.StaffSignInCode"/>), until when it is valid, whether it was used, how many wrong tries
/// it had. Rows stay after use, so the per-staff limits can count them and a later audit log can read them.
/// </summary>
public class StaffSignIn
{
    public long Id { get; set; }

    public int StaffId { get; set; }

    /// <summary>The public handle of this sign-in, carried by the link and the code form.</summary>
    public required string Token { get; set; }

    public required string CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Set once, by the one request that signed in with it: a conditional update, so two racing requests cannot both.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public int FailedAttempts { get; set; }

    /// <summary>The address the request came from, as the host saw it.</summary>
    public string? RequestedFrom { get; set; }
}
