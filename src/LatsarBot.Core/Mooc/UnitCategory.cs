namespace LatsarBot.Core.Mooc;

/// <summary>
/// The content tag every micro-learning unit and quiz item carries (DOMAIN.md AMB-09). The names are the DOMAIN tags,
/// so content files, rules and reports say the same thing.
/// </summary>
public enum UnitCategory
{
    /// <summary>Materi kebijakan: Latsar policy and orientation.</summary>
    K,

    /// <summary>Materi substansi 1: the core micro-lessons of a mata pelatihan.</summary>
    S1,

    /// <summary>Materi substansi 2: overviews, enrichment, case studies.</summary>
    S2,
}
