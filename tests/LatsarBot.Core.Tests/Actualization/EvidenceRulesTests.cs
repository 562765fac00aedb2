using LatsarBot.Core.Actualization;

namespace LatsarBot.Core.Tests.Actualization;

public sealed class EvidenceRulesTests
{
    public static TheoryData<string, long?, EvidenceVerdict> Files => new()
    {
        // Allowed types, size unknown or within 10 MB.
        { "image/jpeg", null, EvidenceVerdict.Accepted },
        { "image/png", 1_000, EvidenceVerdict.Accepted },
        { "application/pdf", 10L * 1024 * 1024, EvidenceVerdict.Accepted },
        { EvidenceRules.Docx, 5_000_000, EvidenceVerdict.Accepted },
        { "IMAGE/JPEG; name=a.jpg", null, EvidenceVerdict.Accepted },
        // Over the limit.
        { "application/pdf", 10L * 1024 * 1024 + 1, EvidenceVerdict.TooLarge },
        // Not on the allow-list, whatever the size.
        { "image/gif", 10, EvidenceVerdict.TypeNotAllowed },
        { "application/msword", null, EvidenceVerdict.TypeNotAllowed },
        { "application/zip", 20L * 1024 * 1024, EvidenceVerdict.TypeNotAllowed },
        { "video/mp4", null, EvidenceVerdict.TypeNotAllowed },
    };

    [Theory, MemberData(nameof(Files))]
    public void Check_TypeAndSize_AllowListAndTenMegabytes(string contentType, long? size, EvidenceVerdict expected)
    {
        var verdict = EvidenceRules.Check(contentType, size);

        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void Check_SmallerLimitGiven_UsesIt()
    {
        var verdict = EvidenceRules.Check("image/png", 2_000, maxBytes: 1_000);

        Assert.Equal(EvidenceVerdict.TooLarge, verdict);
    }

    [Fact]
    public void Sha256_Text_IsLowercaseHexOfUtf8()
    {
        var hash = EvidenceRules.Sha256("abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }
}
