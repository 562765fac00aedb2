namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>
/// The limits the fake enforces with Meta's throttling errors: messages per second for the number (130429) and per
/// recipient (131056, the pair rate). Generous by default so conversations are not throttled; a test lowers them.
/// </summary>
public sealed record FakeGraphLimits(double PerNumberPerSecond = 1000, int PerNumberBurst = 1000, double PerRecipientPerSecond = 100, int PerRecipientBurst = 100);
