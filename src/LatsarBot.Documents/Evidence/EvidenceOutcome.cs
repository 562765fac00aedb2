using LatsarBot.Core.Actualization;

namespace LatsarBot.Documents.Evidence;

/// <summary>What fetching one evidence file came to: stored under its hash, refused by the rules, or not to be had.</summary>
public abstract record EvidenceOutcome
{
    private EvidenceOutcome()
    {
    }

    public sealed record Stored(string Sha256, string ContentType, long Size, string StoragePath) : EvidenceOutcome;

    public sealed record Rejected(EvidenceVerdict Verdict) : EvidenceOutcome;

    /// <summary>The channel would not give the file (expired link, timeout, a URL we do not fetch).</summary>
    public sealed record Unavailable(string Reason) : EvidenceOutcome;
}
