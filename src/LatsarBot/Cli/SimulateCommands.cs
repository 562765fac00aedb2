using System.CommandLine;
using System.Globalization;
using LatsarBot.Core.Simulation;

namespace LatsarBot.Cli;

/// <summary>
/// `simulate jp-cost [--participants N] [--async JP] [--sync JP] [--face-to-face JP] [--habituation JP] [--days N] [--cost RP]`:
/// the seed's blended design, edited by the options, against the classical baseline (DOMAIN.md A.12). Without options
/// it prints the seed's figures. No database: the computation is Core's, the same the console's simulator page runs.
/// </summary>
public static class SimulateCommands
{
    public static Command Build()
    {
        var participants = new Option<int?>("--participants") { Description = "Participants in the class, for both columns (seed: 40)." };
        var asynchronous = new Option<int?>("--async") { Description = "Asynchronous JP of the design (seed: 240)." };
        var synchronous = new Option<int?>("--sync") { Description = "Synchronous (tatap maya) JP of the design (seed: 25)." };
        var faceToFace = new Option<int?>("--face-to-face") { Description = "Face-to-face (tatap muka) JP of the design (seed: 62)." };
        var habituation = new Option<int?>("--habituation") { Description = "Habituation JP of the design (seed: 60/45 × 8 × 30 = 320)." };
        var days = new Option<int?>("--days") { Description = "Days the design takes (seed: 74)." };
        var cost = new Option<decimal?>("--cost") { Description = "Cost per participant of the design, in rupiah (seed: 5260000)." };
        var jpCost = new Command("jp-cost", "JP, days and cost of a blended design against the classical Latsar (the seed's simulation).")
        {
            participants, asynchronous, synchronous, faceToFace, habituation, days, cost,
        };
        jpCost.SetAction(result =>
        {
            var blended = JpCostPresets.Blended;
            var design = blended with
            {
                AsynchronousJp = result.GetValue(asynchronous) ?? blended.AsynchronousJp,
                SynchronousJp = result.GetValue(synchronous) ?? blended.SynchronousJp,
                FaceToFaceJp = result.GetValue(faceToFace) ?? blended.FaceToFaceJp,
                HabituationJp = result.GetValue(habituation) ?? blended.HabituationJp,
                Days = result.GetValue(days) ?? blended.Days,
                Participants = result.GetValue(participants) ?? blended.Participants,
                CostPerParticipant = result.GetValue(cost) ?? blended.CostPerParticipant,
            };
            var baseline = JpCostPresets.Classical with { Participants = design.Participants };
            return Print(design, baseline, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return new Command("simulate", "Simulations for planning a Latsar.") { jpCost };
    }

    private static int Print(JpCostParameters design, JpCostParameters baseline, TextWriter output, TextWriter error)
    {
        if (design.Problem() is { } problem)
        {
            error.WriteLine("error: " + problem);
            return 1;
        }

        foreach (var line in Lines(JpCostComparison.Of(design, baseline)))
        {
            output.WriteLine(line);
        }

        return 0;
    }

    public static IEnumerable<string> Lines(JpCostComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (d, b) = (comparison.Design, comparison.Baseline);
        static string Row(string label, string design, string baseline) => $"{label,-28}{design,18}{baseline,18}";
        static string Jp(int jp) => jp.ToString(CultureInfo.InvariantCulture) + " JP";

        yield return Row("", "Blended", "Classical");
        yield return Row("Asynchronous", Jp(d.Parameters.AsynchronousJp), Jp(b.Parameters.AsynchronousJp));
        yield return Row("Synchronous (tatap maya)", Jp(d.Parameters.SynchronousJp), Jp(b.Parameters.SynchronousJp));
        yield return Row("Face-to-face (tatap muka)", Jp(d.Parameters.FaceToFaceJp), Jp(b.Parameters.FaceToFaceJp));
        yield return Row("Habituation", Jp(d.Parameters.HabituationJp), Jp(b.Parameters.HabituationJp));
        yield return Row("Total", Jp(d.TotalJp), Jp(b.TotalJp));
        yield return Row("Days", $"{d.Parameters.Days} days", $"{b.Parameters.Days} days");
        yield return Row("Participants", d.Parameters.Participants.ToString(CultureInfo.InvariantCulture), b.Parameters.Participants.ToString(CultureInfo.InvariantCulture));
        yield return Row("Cost per participant", Rupiah.Format(d.Parameters.CostPerParticipant), Rupiah.Format(b.Parameters.CostPerParticipant));
        yield return Row("Total cost", Rupiah.Format(d.TotalCost), Rupiah.Format(b.TotalCost));
        yield return Row("Cost per JP (participant)", Rupiah.Format(d.CostPerJp), Rupiah.Format(b.CostPerJp));
        yield return "";
        yield return $"Saving per participant: {Rupiah.Format(comparison.SavingPerParticipant)} ({comparison.SavingPercent.ToString("0.0", CultureInfo.InvariantCulture)} % of the classical cost)";
        yield return $"Saving for {d.Parameters.Participants} participants: {Rupiah.Format(comparison.SavingTotal)}";
        yield return $"Blended against classical: {Signed(comparison.ExtraJp)} JP, {Signed(comparison.ExtraDays)} days";
    }

    private static string Signed(int value) => value.ToString("+0;−0;0", CultureInfo.InvariantCulture);
}
