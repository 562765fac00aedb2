namespace LatsarBot.Core.Actualization;

/// <summary>
/// The seven core values of the civil service (BerAKHLAK, DOMAIN.md C.3). Flags, because a planned activity
/// or a log entry usually serves several; stored as one integer.
/// </summary>
[Flags]
public enum BerAkhlakValues
{
    None = 0,
    BerorientasiPelayanan = 1,
    Akuntabel = 2,
    Kompeten = 4,
    Harmonis = 8,
    Loyal = 16,
    Adaptif = 32,
    Kolaboratif = 64,
}
