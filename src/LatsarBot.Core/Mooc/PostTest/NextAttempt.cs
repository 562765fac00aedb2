namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>The attempt a participant may start now, and the most it can record (DOMAIN.md A.6).</summary>
public readonly record struct NextAttempt(int Number, decimal Cap);
