namespace LatsarBot.Core.Curriculum;

/// <summary>
/// A mata pelatihan (course) of an agenda with its units in learning order. The general group of an agenda
/// (file _agenda.yaml, id "&lt;agenda&gt;-umum") is modelled as one too, so every unit has exactly one parent.
/// </summary>
public sealed record MataPelatihan(string Id, string AgendaId, LocalizedText Title, int Order, bool IsGeneral, IReadOnlyList<Unit> Units);
