using LatsarBot.Core.Participants;

namespace LatsarBot.Bench;

/// <summary>
/// What a virtual user says: the onboarding moves of a newcomer who has not got it right yet. Every turn
/// runs a dialog, reads and writes the conversation state and puts its replies into the outbox; the
/// unknown NIP also queries the roster. After the last step the user comes back as a new newcomer in a
/// new conversation, so every round plays the same way (a finished language choice would otherwise
/// change what /start says) and conversations keep being created, as in an intake week.
/// </summary>
public static class TurnScript
{
    public sealed record Step(string Name, string? Text, string? Value, string ExpectedKey);

    /// <summary>Well-formed (valid date, month, gender digit) but on nobody's roster.</summary>
    public const string UnknownNip = "199912312023011002";

    public static readonly IReadOnlyList<Step> Steps =
    [
        new("/start", "/start", null, "onboarding.welcome"),
        new("press id", null, "id", "language.changed"),
        new("/bantuan", "/bantuan", null, "help.text"),
        new("NIP too short", "12345", null, "onboarding.nip.wrong_length"),
        new("NIP unknown", UnknownNip, null, "onboarding.nip.unknown"),
    ];

    public static Step For(long n) => Steps[(int)(n % Steps.Count)];

    /// <summary>Which round (and so which conversation) request <c>n</c> of a user belongs to.</summary>
    public static long RoundOf(long n) => n / Steps.Count;

    /// <summary>The first reply each step must produce, in Indonesian (the script picks "id").</summary>
    public static string ExpectedFirstReply(Bot.Messages.MessageCatalog messages, Step step) => step.ExpectedKey switch
    {
        "onboarding.nip.wrong_length" => messages.Text(Language.Id, step.ExpectedKey, ("count", 5)),
        "onboarding.nip.unknown" => messages.Text(Language.Id, step.ExpectedKey, ("nip", UnknownNip)),
        _ => messages.Text(Language.Id, step.ExpectedKey),
    };
}
