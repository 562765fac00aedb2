namespace LatsarBot.Core.Mooc.Trophies;

/// <summary>Where a trophy count lands inside its score band (DOMAIN.md AMB-03, open question Q-01).</summary>
public enum AttitudeMappingMode
{
    /// <summary>Linear inside the band, reaching the band's top score at its top trophy count (the default).</summary>
    LinearTopAnchored,

    /// <summary>Every count in the band gets the band's lowest score.</summary>
    BandFloor,

    /// <summary>Every count in the band gets the band's highest score.</summary>
    BandCeiling,
}
