namespace LatsarBot.Core.Simulation;

/// <summary>What one design adds up to: total JP, the class's cost, and the cost of one JP for one participant.</summary>
public sealed record JpCostResult(JpCostParameters Parameters, int TotalJp, decimal TotalCost, decimal CostPerJp)
{
    /// <summary>Cost per JP is rounded to the rupiah, half up, as the seed's figures are whole rupiah.</summary>
    public static JpCostResult Of(JpCostParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var totalJp = parameters.AsynchronousJp + parameters.SynchronousJp + parameters.FaceToFaceJp + parameters.HabituationJp;
        var totalCost = parameters.CostPerParticipant * parameters.Participants;
        var costPerJp = totalJp == 0 ? 0m : Math.Round(parameters.CostPerParticipant / totalJp, 0, MidpointRounding.AwayFromZero);
        return new JpCostResult(parameters, totalJp, totalCost, costPerJp);
    }
}
