using LatsarBot.Core.Mooc;

namespace LatsarBot.Core.Curriculum;

/// <summary>A micro-learning unit: one lesson, one medium, a short Markdown body and its micro-quiz (DOMAIN.md A.4, AMB-08).</summary>
public sealed record Unit(
    string Id,
    string AgendaId,
    string MataPelatihanId,
    LocalizedText Title,
    UnitCategory Category,
    UnitMedia Media,
    LocalizedText Body,
    IReadOnlyList<QuizQuestion> Quiz);
