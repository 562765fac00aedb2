namespace LatsarBot.Core.Actualization;

/// <summary>
/// The mentor a valid plan row names. Name and phone are null when the file leaves them out, which only a mentor
/// already on file may do: the import then keeps what is stored.
/// </summary>
/// <param name="Phone">E.164 digits (see <see cref="Participants.PhoneNumber"/>).</param>
public sealed record PlanEntryMentor(string Nip, string? Name, string? Phone);
