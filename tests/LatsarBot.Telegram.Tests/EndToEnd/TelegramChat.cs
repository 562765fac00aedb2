using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LatsarBot.Testing.FakeTelegram;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>
/// One person's private chat with the bot, seen from the fake Bot API: say something or press a button,
/// then wait until the bot's messages to this chat show what the step expects.
/// </summary>
public sealed partial class TelegramChat(FakeBotApiServer fake, long user)
{
    private int _nextUpdate = 1;

    public long User => user;

    /// <summary>Everything the bot has delivered to this chat so far.</summary>
    public IReadOnlyList<FakeBotApiRequest> Messages => fake.Delivered.Where(d => d.ChatId == user).ToList();

    public Task<IReadOnlyList<FakeBotApiRequest>> SayAsync(string text, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(FakeUpdates.Text(_nextUpdate++, user, text), until);

    public Task<IReadOnlyList<FakeBotApiRequest>> PressAsync(string data, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(FakeUpdates.Callback(_nextUpdate++, user, data), until);

    public Task<IReadOnlyList<FakeBotApiRequest>> ShareOwnContactAsync(string phone, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(FakeUpdates.Contact(_nextUpdate++, user, phone, user), until);

    public Task<IReadOnlyList<FakeBotApiRequest>> SendDocumentAsync(string fileId, string fileName, string mimeType, long size, Func<IReadOnlyList<FakeBotApiRequest>, bool> until) =>
        StepAsync(FakeUpdates.Document(_nextUpdate++, user, fileId, fileName, mimeType, size), until);

    /// <summary>The messages after this step's update, once <paramref name="until"/> holds for them.</summary>
    private async Task<IReadOnlyList<FakeBotApiRequest>> StepAsync(JsonObject update, Func<IReadOnlyList<FakeBotApiRequest>, bool> until)
    {
        var before = Messages.Count;
        await fake.PushAsync(update);
        IReadOnlyList<FakeBotApiRequest> New() => Messages.Skip(before).ToList();
        await fake.WaitAsync(_ => until(New()));
        return New();
    }

    public static IReadOnlyList<(string Text, string Data)> Buttons(FakeBotApiRequest message) =>
        message.Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Select(b => (b["text"]?.ToString() ?? "", b["callback_data"]?.ToString() ?? "")).ToList()
            : [];

    public static Func<IReadOnlyList<FakeBotApiRequest>, bool> HasButton(string data) =>
        messages => messages.Any(m => Buttons(m).Any(b => b.Data == data));

    public static Func<IReadOnlyList<FakeBotApiRequest>, bool> HasAnyButtons =>
        messages => messages.Any(m => Buttons(m).Count > 0);

    /// <summary>The text a person reads: tags dropped, entities decoded.</summary>
    public static string Plain(string? html) => WebUtility.HtmlDecode(Tag().Replace(html ?? "", ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
