namespace LatsarBot.Core.Coaching;

/// <summary>
/// Someone who may facilitate the agendas in <see cref="Expertise"/> (peminatan). <see cref="OtherLoad"/> counts the
/// (class, agenda) slots they already hold outside this run, so the spread is fair across runs too.
/// </summary>
public sealed record FacilitatorCandidate(int StaffId, string Name, IReadOnlyCollection<string> Expertise, int OtherLoad = 0);
