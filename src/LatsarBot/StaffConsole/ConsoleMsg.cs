using LatsarBot.Bot.Messages;

namespace LatsarBot.StaffConsole;

/// <summary>What the bot says for the console: the sign-in code it sends to a member of staff's chat.</summary>
[MessageKeys]
public static class ConsoleMsg
{
    public const string SignInCode = "console.sign_in_code";
}
