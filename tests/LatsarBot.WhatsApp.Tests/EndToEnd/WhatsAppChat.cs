using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeWhatsApp;

namespace LatsarBot.WhatsApp.Tests.EndToEnd;

/// <summary>
/// One person's chat with the bot, seen from the fake Graph API: write or tap (a reply button or a list row, as the
/// message offered it), then wait until the bot's messages to this number show what the step expects.
/// </summary>
public sealed class WhatsAppChat(FakeGraphApiServer fake, string waId)
{
    private int _next;

    /// <summary>Everything the bot has delivered to this number so far.</summary>
    public IReadOnlyList<FakeGraphRequest> Messages => fake.Delivered.Where(d => d.To == waId).ToList();

    public Task<IReadOnlyList<FakeGraphRequest>> SayAsync(string text, Func<IReadOnlyList<FakeGraphRequest>, bool> until) =>
        StepAsync(FakeWebhooks.Text(NextWamid(), waId, text), until);

    /// <summary>Taps the choice with this id in the latest message that offers it, the way that message offered it.</summary>
    public Task<IReadOnlyList<FakeGraphRequest>> TapAsync(string id, Func<IReadOnlyList<FakeGraphRequest>, bool> until)
    {
        var offer = Messages.Last(m => m.Choices.Any(c => c.Id == id));
        var title = offer.Choices.First(c => c.Id == id).Title;
        var body = offer.InteractiveType == "button"
            ? FakeWebhooks.ButtonReply(NextWamid(), waId, id, title)
            : FakeWebhooks.ListReply(NextWamid(), waId, id, title);
        return StepAsync(body, until);
    }

    public Task<IReadOnlyList<FakeGraphRequest>> SendMediaAsync(string type, string mediaId, string mime, string? caption, Func<IReadOnlyList<FakeGraphRequest>, bool> until) =>
        StepAsync(FakeWebhooks.Media(NextWamid(), waId, type, mediaId, mime, caption), until);

    /// <summary>The messages after this step's update, once <paramref name="until"/> holds for them.</summary>
    private async Task<IReadOnlyList<FakeGraphRequest>> StepAsync(JsonObject body, Func<IReadOnlyList<FakeGraphRequest>, bool> until)
    {
        var before = Messages.Count;
        var response = await fake.PushAsync(body);
        response.EnsureSuccessStatusCode();
        IReadOnlyList<FakeGraphRequest> New() => Messages.Skip(before).ToList();
        await fake.WaitAsync(_ => until(New()));
        return New();
    }

    private string NextWamid() => $"wamid.{waId}.{++_next}";

    public static Func<IReadOnlyList<FakeGraphRequest>, bool> Offers(string id) =>
        messages => messages.Any(m => m.Choices.Any(c => c.Id == id));

    public static Func<IReadOnlyList<FakeGraphRequest>, bool> OffersAny =>
        messages => messages.Any(m => m.Choices.Count > 0);
}
