namespace LatsarBot.Core.Mooc.Competition;

/// <summary>
/// A name shortened for the leaderboard (DOMAIN.md AMB-17): "Andi Pratama" → "A.P.". Indonesian names carry academic
/// degrees after a comma ("Andi Pratama, S.Kom."), and those are not part of the name, so they are dropped.
/// </summary>
public static class Initials
{
    public static string Of(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var comma = name.IndexOf(',');
        var bare = comma < 0 ? name : name[..comma];
        var letters = bare
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => char.IsLetter(word[0]))
            .Select(word => $"{char.ToUpperInvariant(word[0])}.");
        var initials = string.Concat(letters);
        return initials.Length > 0
            ? initials
            : throw new ArgumentException($"'{name}' has no word starting with a letter.", nameof(name));
    }
}
