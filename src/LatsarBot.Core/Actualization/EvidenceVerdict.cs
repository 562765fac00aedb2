namespace LatsarBot.Core.Actualization;

/// <summary>Whether an evidence file may be stored, and if not, why.</summary>
public enum EvidenceVerdict
{
    Accepted,
    TypeNotAllowed,
    TooLarge,
}
