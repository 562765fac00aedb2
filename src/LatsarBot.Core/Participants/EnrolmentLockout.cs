namespace LatsarBot.Core.Participants;

/// <summary>How many wrong enrolment codes lock a NIP, and for how long (issue: 5 codes, 15 minutes).</summary>
public sealed record EnrolmentLockoutPolicy(int MaxFailures, TimeSpan LockDuration)
{
    public static EnrolmentLockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}

public enum CodeCheck
{
    Accepted,
    Wrong,
    WrongAndNowLocked,
    Locked,
    NoCodeIssued,
}

/// <summary>Checks an enrolment code against a person, counting failures and locking the NIP.</summary>
public static class EnrolmentLockout
{
    public static bool IsLocked(Person person, DateTimeOffset now) => person.LockedUntil is { } until && until > now;

    public static CodeCheck Check(Person person, string code, DateTimeOffset now, EnrolmentLockoutPolicy policy, CodeHasher hasher)
    {
        if (IsLocked(person, now))
        {
            return CodeCheck.Locked;
        }

        if (person.EnrolmentCodeHash is null || person.Nip is not { } nip)
        {
            return CodeCheck.NoCodeIssued;
        }

        if (hasher.EnrolmentMatches(person.EnrolmentCodeHash, nip.Value, code))
        {
            person.EnrolmentCodeHash = null;
            person.FailedCodeAttempts = 0;
            person.LockedUntil = null;
            return CodeCheck.Accepted;
        }

        return RecordFailure(person, now, policy);
    }

    /// <summary>
    /// Counts one failed proof of identity (a wrong code, or a wrong birth date when the channel's phone matched), so
    /// guesses share one budget however the person starts over.
    /// </summary>
    public static CodeCheck RecordFailure(Person person, DateTimeOffset now, EnrolmentLockoutPolicy policy)
    {
        person.FailedCodeAttempts++;
        if (person.FailedCodeAttempts < policy.MaxFailures)
        {
            return CodeCheck.Wrong;
        }

        person.FailedCodeAttempts = 0;
        person.LockedUntil = now + policy.LockDuration;
        return CodeCheck.WrongAndNowLocked;
    }
}
