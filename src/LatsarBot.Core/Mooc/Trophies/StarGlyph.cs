namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>One symbol of a star display (DOMAIN.md AMB-01); each channel picks its own picture or emoji for it.</summary>
public enum StarGlyph
{
    /// <summary>Bintang bersinar emas penuh: a full shining gold star.</summary>
    FullStar,

    /// <summary>Bintang bersinar emas setengah: a half star.</summary>
    HalfStar,

    /// <summary>A trophy not yet gathered into a star.</summary>
    Trophy,
}
