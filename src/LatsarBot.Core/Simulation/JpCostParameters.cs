namespace LatsarBot.Core.Simulation;

/// <summary>
/// One design of Latsar as the JP and cost simulator takes it (DOMAIN.md A.12): the JP of each way of learning, how many
/// days it takes, the class size and the tariff per participant. Everything is editable; <see cref="JpCostPresets"/> holds
/// the seed's two columns.
/// </summary>
public sealed record JpCostParameters(
    int AsynchronousJp,
    int SynchronousJp,
    int FaceToFaceJp,
    int HabituationJp,
    int Days,
    int Participants,
    decimal CostPerParticipant)
{
    /// <summary>The first parameter that makes no sense (a negative JP, no participants), or null when all do.</summary>
    public string? Problem()
    {
        if (AsynchronousJp < 0 || SynchronousJp < 0 || FaceToFaceJp < 0 || HabituationJp < 0)
        {
            return "JP cannot be negative";
        }

        if (AsynchronousJp + SynchronousJp + FaceToFaceJp + HabituationJp == 0)
        {
            return "the design has no JP";
        }

        if (Days <= 0)
        {
            return "days must be at least 1";
        }

        if (Participants <= 0)
        {
            return "participants must be at least 1";
        }

        return CostPerParticipant < 0 ? "the cost per participant cannot be negative" : null;
    }
}
