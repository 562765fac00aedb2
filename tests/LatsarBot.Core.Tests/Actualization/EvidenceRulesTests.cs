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

    public static TheoryData<byte[], string, string?> Heads => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F'], "application/octet-stream", EvidenceRules.Jpeg },
        { [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "image/jpeg", EvidenceRules.Png },
        { "%PDF-1.7"u8.ToArray(), "application/pdf", EvidenceRules.Pdf },
        { [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0], EvidenceRules.Docx, EvidenceRules.Docx },
        // A ZIP declared as a ZIP (or as a photo) is not a Word document.
        { [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0], "application/zip", null },
        { "GIF89a.."u8.ToArray(), "image/gif", null },
        { [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "image/png", null },
    };

    [Theory, MemberData(nameof(Heads))]
    public void Sniff_FirstBytes_GiveTheAllowedTypeOrNull(byte[] head, string declared, string? expected)
    {
        var type = EvidenceRules.Sniff(head, declared);

        Assert.Equal(expected, type);
    }

    [Fact]
    public void StoragePath_FansOutByTheFirstTwoHexDigits()
    {
        var path = EvidenceRules.StoragePath("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

        Assert.Equal("ba/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", path);
    }
}
