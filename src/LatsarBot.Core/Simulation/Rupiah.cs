using System.Globalization;

namespace LatsarBot.Core.Simulation;

/// <summary>Rupiah as Indonesian texts write it: "Rp 5.260.000" (dots between thousands, no decimals).</summary>
public static class Rupiah
{
    private static readonly NumberFormatInfo Indonesian = CultureInfo.GetCultureInfo("id-ID").NumberFormat;

    public static string Format(decimal amount) =>
        (amount < 0 ? "−Rp " : "Rp ") + Math.Abs(Math.Round(amount, 0, MidpointRounding.AwayFromZero)).ToString("N0", Indonesian);
}
