namespace LatsarBot.Core.Curriculum;

/// <summary>The welcoming video shown before the agenda menu (DOMAIN.md A.4 step 2); it earns no trophy.</summary>
public sealed record Welcome(LocalizedText Title, UnitMedia Media, LocalizedText Body);
