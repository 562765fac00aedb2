namespace LatsarBot.Core.Actualization;

/// <summary>The activity blocks of the 30-day workplace actualization (DOMAIN.md A.8); several apply on one day.</summary>
[Flags]
public enum ActualizationBlocks
{
    None = 0,

    /// <summary>Do the actualization, e-coaching, asynchronous learning, keep the log, write the draft report.</summary>
    A = 1,

    /// <summary>Follow-up plan (RTL) and draft presentation.</summary>
    B = 2,

    /// <summary>Asynchronous study of the classical-phase preparation material.</summary>
    C = 4,

    /// <summary>PKTBT, run by the home agency in parallel (AMB-14).</summary>
    Pktbt = 8,
}
