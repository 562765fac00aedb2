using System.Globalization;
using System.Text;
using LatsarBot.Core.Simulation;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole;

/// <summary>
/// /console/simulasi: the JP and cost simulator (DOMAIN.md A.12). Column A starts as the seed's blended design, column B
/// as the classical one; every parameter is editable and the page recomputes on "Hitung" (a GET: it changes nothing, so
/// it needs no antiforgery token and its result can be bookmarked). The computation is Core's, the same as `simulate jp-cost`.
/// </summary>
public static class SimulatorEndpoints
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private sealed record Field(string Name, string Indonesian, string English, Func<JpCostParameters, decimal> Read, Func<JpCostParameters, decimal, JpCostParameters> Write);

    private static readonly Field[] Fields =
    [
        new("async", "JP asinkron", "Asynchronous JP", p => p.AsynchronousJp, (p, v) => p with { AsynchronousJp = (int)v }),
        new("sync", "JP sinkron (tatap maya)", "Synchronous JP", p => p.SynchronousJp, (p, v) => p with { SynchronousJp = (int)v }),
        new("face", "JP tatap muka", "Face-to-face JP", p => p.FaceToFaceJp, (p, v) => p with { FaceToFaceJp = (int)v }),
        new("habituation", "JP habituasi", "Habituation JP", p => p.HabituationJp, (p, v) => p with { HabituationJp = (int)v }),
        new("days", "Hari", "Days", p => p.Days, (p, v) => p with { Days = (int)v }),
        new("participants", "Peserta", "Participants", p => p.Participants, (p, v) => p with { Participants = (int)v }),
        new("cost", "Biaya per peserta (Rp)", "Cost per participant (Rp)", p => p.CostPerParticipant, (p, v) => p with { CostPerParticipant = v }),
    ];

    public static RouteGroupBuilder MapConsoleSimulator(this RouteGroupBuilder console)
    {
        console.MapGet("/simulasi", SimulatorAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static async Task<IResult> SimulatorAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = await ConsoleUser.OfAsync(http, cancellationToken);
        var query = http.Request.Query;
        var (a, aBad) = Read(query, "a", JpCostPresets.Blended);
        var (b, bBad) = Read(query, "b", JpCostPresets.Classical);
        var problem = aBad ?? bBad ?? (a.Problem() is { } pa ? "A: " + pa : null) ?? (b.Problem() is { } pb ? "B: " + pb : null);

        var body = new StringBuilder();
        body.Append("<p>").Append(Bi("Kolom A berisi desain Latsar blended dari seed, kolom B Latsar klasik (saat ini). Ubah angka lalu tekan Hitung.",
            "Column A holds the seed's blended design, column B the classical (current) Latsar. Change any figure and press Calculate.")).Append("</p>")
            .Append("<p><a href=\"/console/simulasi\">").Append(Bi("Kembalikan ke preset seed (blended dan klasik)", "Back to the seed's presets (blended and classical)")).Append("</a></p>")
            .Append("<form method=\"get\" action=\"/console/simulasi\"><div class=\"table-wrap\"><table class=\"sim\"><thead><tr><th scope=\"col\">")
            .Append(Bi("Parameter", "Parameter")).Append("</th><th scope=\"col\">").Append(Bi("A: Blended", "A: blended")).Append("</th><th scope=\"col\">")
            .Append(Bi("B: Klasik", "B: classical")).Append("</th></tr></thead><tbody>");
        foreach (var field in Fields)
        {
            body.Append("<tr><th scope=\"row\">").Append(Bi(field.Indonesian, field.English)).Append("</th>")
                .Append(Input("a", field, a)).Append(Input("b", field, b)).Append("</tr>");
        }

        body.Append("</tbody></table></div><p><button type=\"submit\">").Append(Bi("Hitung", "Calculate")).Append("</button></p></form>");
        if (problem is not null)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(E(problem)).Append("</p>");
        }
        else
        {
            AppendResult(body, JpCostComparison.Of(a, b));
        }

        return Page(http, "Simulasi JP dan biaya", "JP and cost simulator", body.ToString(), user);
    }

    private static (JpCostParameters Parameters, string? Problem) Read(IQueryCollection query, string column, JpCostParameters preset)
    {
        var parameters = preset;
        foreach (var field in Fields)
        {
            var text = query[$"{column}_{field.Name}"].ToString();
            if (text.Length == 0)
            {
                continue;
            }

            // People write rupiah with dots ("5.260.000"); the JP and counts are whole numbers.
            if (!decimal.TryParse(text.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                || value > int.MaxValue)
            {
                return (parameters, $"{column.ToUpperInvariant()}: '{text}' ({field.English}) is not a whole number");
            }

            parameters = field.Write(parameters, value);
        }

        return (parameters, null);
    }

    private static string Input(string column, Field field, JpCostParameters parameters)
    {
        var id = $"{column}_{field.Name}";
        var label = $"{field.English} ({column.ToUpperInvariant()})";
        return $"<td><input id=\"{id}\" name=\"{id}\" inputmode=\"numeric\" aria-label=\"{E(label)}\" value=\"{field.Read(parameters).ToString("0", CultureInfo.InvariantCulture)}\"></td>";
    }

    private static void AppendResult(StringBuilder body, JpCostComparison comparison)
    {
        var (a, b) = (comparison.Design, comparison.Baseline);
        body.Append("<h2>").Append(Bi("Hasil", "Result")).Append("</h2><div class=\"table-wrap\"><table id=\"hasil\"><thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"num\">A</th><th scope=\"col\" class=\"num\">B</th></tr></thead><tbody>")
            .Append(Row("Total JP", "Total JP", $"{a.TotalJp} JP", $"{b.TotalJp} JP"))
            .Append(Row("Lama pelatihan", "Duration", $"{a.Parameters.Days} hari", $"{b.Parameters.Days} hari"))
            .Append(Row("Peserta", "Participants", a.Parameters.Participants.ToString(CultureInfo.InvariantCulture), b.Parameters.Participants.ToString(CultureInfo.InvariantCulture)))
            .Append(Row("Biaya per peserta", "Cost per participant", Rupiah.Format(a.Parameters.CostPerParticipant), Rupiah.Format(b.Parameters.CostPerParticipant)))
            .Append(Row("Total biaya", "Total cost", Rupiah.Format(a.TotalCost), Rupiah.Format(b.TotalCost)))
            .Append(Row("Biaya per JP per peserta", "Cost per JP per participant", Rupiah.Format(a.CostPerJp), Rupiah.Format(b.CostPerJp)))
            .Append("</tbody></table></div><ul id=\"selisih\">")
            .Append("<li>").Append(Bi($"Penghematan per peserta: {Rupiah.Format(comparison.SavingPerParticipant)} ({comparison.SavingPercent.ToString("0.0", Indonesian)} % dari biaya B)",
                $"Saving per participant ({comparison.SavingPercent.ToString("0.0", CultureInfo.InvariantCulture)} % of B)")).Append("</li>")
            .Append("<li>").Append(Bi($"Penghematan total: {Rupiah.Format(comparison.SavingTotal)}", "Total saving")).Append("</li>")
            .Append("<li>").Append(Bi($"Selisih A terhadap B: {Signed(comparison.ExtraJp)} JP, {Signed(comparison.ExtraDays)} hari", "A against B: JP and days")).Append("</li></ul>");
    }

    private static string Row(string indonesian, string english, string a, string b) =>
        $"<tr><th scope=\"row\">{Bi(indonesian, english)}</th><td class=\"num\">{E(a)}</td><td class=\"num\">{E(b)}</td></tr>";

    private static string Signed(int value) => value.ToString("+0;−0;0", CultureInfo.InvariantCulture);
}
