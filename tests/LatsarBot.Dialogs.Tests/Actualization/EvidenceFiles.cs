using System.Security.Cryptography;
using LatsarBot.Bot.Activities;
using LatsarBot.Learning.Actualization;

namespace LatsarBot.Dialogs.Tests.Actualization;

/// <summary>Small real files (their magic bytes and some content) sent inline as data: URLs.</summary>
public static class EvidenceFiles
{
    public static byte[] JpegBytes { get; } = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3, 0xFF, 0xD9];

    public static byte[] PngBytes { get; } = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static string DataUrl(byte[] bytes, string type = "application/octet-stream") => $"data:{type};base64,{Convert.ToBase64String(bytes)}";

    public static InboundAttachment Jpeg(string name) => new("image/jpeg", DataUrl(JpegBytes, "image/jpeg"), name);

    public static InboundAttachment Png(string name) => new("image/png", DataUrl(PngBytes, "image/png"), name);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
