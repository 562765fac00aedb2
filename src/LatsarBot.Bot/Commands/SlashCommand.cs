using LatsarBot.Bot.Activities;

namespace LatsarBot.Bot.Commands;

/// <summary>The command a message types, as the route table looks it up.</summary>
public static class SlashCommand
{
    /// <summary>"/start abc" → "/start"; Telegram's "/menu@LatsarBot" → "/menu"; not a command → null.</summary>
    public static string? Of(Activity activity)
    {
        // A pressed button is never a command, whatever its caption says.
        if (activity.Value is not null || activity.Text is not { } text || !text.TrimStart().StartsWith('/'))
        {
            return null;
        }

        var word = text.Trim().Split(' ', 2)[0];
        var at = word.IndexOf('@');
        return (at > 0 ? word[..at] : word).ToLowerInvariant();
    }
}
