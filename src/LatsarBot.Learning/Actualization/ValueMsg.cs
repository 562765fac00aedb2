using LatsarBot.Core.Actualization;

namespace LatsarBot.Learning.Actualization;

/// <summary>
/// The BerAKHLAK values by name, as the dialogs, the draft report and the weekly summary all show them: one set of
/// keys here, so a report never names a value differently from the chat.
/// </summary>
[Bot.Messages.MessageKeys]
public static class ValueMsg
{
    public const string None = "actualization.values.none";
    public const string BerorientasiPelayanan = "actualization.value.berorientasi_pelayanan";
    public const string Akuntabel = "actualization.value.akuntabel";
    public const string Kompeten = "actualization.value.kompeten";
    public const string Harmonis = "actualization.value.harmonis";
    public const string Loyal = "actualization.value.loyal";
    public const string Adaptif = "actualization.value.adaptif";
    public const string Kolaboratif = "actualization.value.kolaboratif";

    public static string Of(BerAkhlakValues value) => value switch
    {
        BerAkhlakValues.BerorientasiPelayanan => BerorientasiPelayanan,
        BerAkhlakValues.Akuntabel => Akuntabel,
        BerAkhlakValues.Kompeten => Kompeten,
        BerAkhlakValues.Harmonis => Harmonis,
        BerAkhlakValues.Loyal => Loyal,
        BerAkhlakValues.Adaptif => Adaptif,
        BerAkhlakValues.Kolaboratif => Kolaboratif,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "One value at a time."),
    };
}
