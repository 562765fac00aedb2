namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// One question of a drawn post-test paper, with its options in the order this attempt shows them (DOMAIN.md C.6).
/// A retried turn must show the same paper, so the draw is stored rather than drawn again.
/// </summary>
public sealed record DrawnItem(string ItemId, UnitCategory Category, IReadOnlyList<string> OptionOrder);
