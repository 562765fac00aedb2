namespace LatsarBot.Core.Curriculum;

/// <summary>One answer choice of a micro-quiz question or post-test item.</summary>
public sealed record QuizOption(LocalizedText Text, bool IsCorrect);
