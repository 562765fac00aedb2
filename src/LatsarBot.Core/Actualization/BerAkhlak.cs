namespace LatsarBot.Core.Actualization;

/// <summary>The BerAKHLAK values one by one, in the order of the acronym, for pickers and summaries.</summary>
public static class BerAkhlak
{
    public static IReadOnlyList<BerAkhlakValues> All { get; } =
    [
        BerAkhlakValues.BerorientasiPelayanan,
        BerAkhlakValues.Akuntabel,
        BerAkhlakValues.Kompeten,
        BerAkhlakValues.Harmonis,
        BerAkhlakValues.Loyal,
        BerAkhlakValues.Adaptif,
        BerAkhlakValues.Kolaboratif,
    ];

    /// <summary>The single values set in <paramref name="values"/>, in acronym order.</summary>
    public static IReadOnlyList<BerAkhlakValues> Split(BerAkhlakValues values) => All.Where(v => values.HasFlag(v)).ToList();

    public static BerAkhlakValues Toggle(BerAkhlakValues values, BerAkhlakValues one) => values ^ one;
}
