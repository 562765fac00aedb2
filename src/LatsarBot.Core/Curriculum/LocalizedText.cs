using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Curriculum;

/// <summary>A content text in Bahasa Indonesia with an optional English version (the *_en keys in content files).</summary>
public sealed record LocalizedText(string Indonesian, string? English = null)
{
    /// <summary>Indonesian is the main language, so a missing translation falls back to it rather than to nothing.</summary>
    public string In(Language language) => language == Language.En && English is not null ? English : Indonesian;

    public override string ToString() => Indonesian;
}
