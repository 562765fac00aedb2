using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Outbox;
using LatsarBot.Data.SignIn;
using Microsoft.EntityFrameworkCore;

namespace LatsarBot.StaffConsole;

/// <summary>
/// Sign-in without passwords (issue 15, item 1): a member of staff asks with their NIP, the bot sends an 8-character code
/// and a link to the chat they bound, and the code signs them in once, within 10 minutes. Whether a NIP is staff, or has
/// a chat, is never told: every request answers with a token and the same page, so the form cannot be used to list staff.
/// </summary>
public sealed class ConsoleSignIn(
    LatsarDb db, SqliteWriteGate gate, ProactiveOutbox outbox, MessageCatalog messages, SignInThrottle throttle, StaffSignInPolicy policy, ConsoleLinks links, CodeHasher hasher, TimeProvider time, ILogger<ConsoleSignIn> log)
{
    private const int MaxConflictRetries = 3;

    /// <summary>Sends a code to the staff member with this NIP when there is one; returns the token of the code form either way.</summary>
    public async Task<string> RequestAsync(string? nipText, string address, CancellationToken cancellationToken)
    {
        var token = StaffSignInCode.NewToken();
        if (throttle.IsBlocked(address))
        {
            return token;
        }

        var staff = Nip.Parse(nipText).Nip is { } nip
            ? await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Nip == nip, cancellationToken)
            : null;
        if (staff is null)
        {
            throttle.Failed(address);
            return token;
        }

        var now = time.GetUtcNow();
        var since = now - policy.Window;
        if (await db.StaffSignIns.CountAsync(s => s.StaffId == staff.Id && s.CreatedAt > since, cancellationToken) >= policy.MaxCodesPerStaff)
        {
            log.LogWarning("Console sign-in for staff {StaffId} refused: {Max} codes within {Window}", staff.Id, policy.MaxCodesPerStaff, policy.Window);
            return token;
        }

        var code = StaffSignInCode.Generate();
        var text = messages.Text(staff.Language, ConsoleMsg.SignInCode, ("code", code), ("minutes", (int)policy.Validity.TotalMinutes), ("link", links.CodeLink(token, code)));
        if (!await SaveAndSendAsync(staff.Id, token, code, text, address, now, cancellationToken))
        {
            log.LogInformation("Console sign-in for staff {StaffId}: no chat to send the code to", staff.Id);
        }

        return token;
    }

    /// <summary>The sign-in row and the message in one commit: a code is never valid without having been sent.</summary>
    private async Task<bool> SaveAndSendAsync(int staffId, string token, string code, string text, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var message = new ProactiveMessage(staffId, "console-sign-in:" + token, OutboxPayload.Of(new Reply(text)));
            if (!await outbox.AddAsync(db, message, now, cancellationToken))
            {
                return false;
            }

            db.StaffSignIns.Add(new StaffSignIn
            {
                StaffId = staffId, Token = token, CodeHash = hasher.SignIn(token, code), CreatedAt = now, ExpiresAt = now + policy.Validity,
                RequestedFrom = address.Length > 64 ? address[..64] : address,
            });
            try
            {
                await using (await gate.EnterAsync(db, cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConflictRetries)
            {
                // A turn of theirs took the next place in their chat meanwhile: read it again.
            }
        }
    }

    /// <summary>Checks a typed code; on success it is used up and the staff member is returned.</summary>
    public async Task<SignInOutcome> VerifyAsync(string? token, string? typed, string address, CancellationToken cancellationToken)
    {
        if (throttle.IsBlocked(address))
        {
            return SignInOutcome.Locked;
        }

        var now = time.GetUtcNow();
        var signIn = string.IsNullOrEmpty(token) ? null : await db.StaffSignIns.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (signIn is null)
        {
            throttle.Failed(address);
            return SignInOutcome.Wrong;
        }

        var since = now - policy.Window;
        var staffFailures = await db.StaffSignIns.Where(s => s.StaffId == signIn.StaffId && s.CreatedAt > since).SumAsync(s => s.FailedAttempts, cancellationToken);
        if (staffFailures >= policy.MaxFailuresPerStaff)
        {
            return SignInOutcome.Locked;
        }

        if (signIn.UsedAt is not null || signIn.ExpiresAt <= now || signIn.FailedAttempts >= policy.MaxFailuresPerCode)
        {
            throttle.Failed(address);
            return SignInOutcome.Expired;
        }

        if (!hasher.SignInMatches(signIn.CodeHash, signIn.Token, typed ?? ""))
        {
            throttle.Failed(address);
            await using (await gate.EnterAsync(db, cancellationToken))
            {
                await db.StaffSignIns.Where(s => s.Id == signIn.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.FailedAttempts, x => x.FailedAttempts + 1), cancellationToken);
            }

            return signIn.FailedAttempts + 1 >= policy.MaxFailuresPerCode ? SignInOutcome.Expired : SignInOutcome.Wrong;
        }

        int claimed;
        await using (await gate.EnterAsync(db, cancellationToken))
        {
            claimed = await db.StaffSignIns.Where(s => s.Id == signIn.Id && s.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.UsedAt, now), cancellationToken);
        }

        var staff = claimed == 1 ? await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == signIn.StaffId, cancellationToken) : null;
        return staff is null ? SignInOutcome.Expired : SignInOutcome.Accepted(staff);
    }
}

/// <summary>How a typed code went: <see cref="Staff"/> is set only when it signed someone in.</summary>
public sealed record SignInOutcome(SignInResult Result, StaffMember? Staff = null)
{
    public static SignInOutcome Wrong { get; } = new(SignInResult.Wrong);

    public static SignInOutcome Expired { get; } = new(SignInResult.Expired);

    public static SignInOutcome Locked { get; } = new(SignInResult.Locked);

    public static SignInOutcome Accepted(StaffMember staff) => new(SignInResult.Accepted, staff);
}

public enum SignInResult
{
    Accepted,

    /// <summary>Not this code: try again.</summary>
    Wrong,

    /// <summary>Used, past its 10 minutes, or out of tries: ask for a new one.</summary>
    Expired,

    /// <summary>Too many wrong tries from here or for this person: wait.</summary>
    Locked,
}
