using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.EndToEnd;

/// <summary>
/// One person's personal chat with the bot, seen from the fake connector: write, or press an Adaptive Card button
/// (an Action.Submit carrying its choice), then wait until the bot's activities to this chat show what the step expects.
/// </summary>
public sealed class TeamsChat(FakeTeamsServer fake, string aadObjectId)
{
    private int _next;

    public string ConversationId => FakeTeamsActivities.PersonalChat(aadObjectId);

    public IReadOnlyList<FakeConnectorRequest> Messages => fake.Delivered.Where(d => d.ConversationId == ConversationId).ToList();

    public Task<IReadOnlyList<FakeConnectorRequest>> InstallAsync(Func<IReadOnlyList<FakeConnectorRequest>, bool> until) =>
        StepAsync(FakeTeamsActivities.BotAdded(fake.ServiceUrl, NextId(), aadObjectId), until);

    public Task<IReadOnlyList<FakeConnectorRequest>> SayAsync(string text, Func<IReadOnlyList<FakeConnectorRequest>, bool> until) =>
        StepAsync(FakeTeamsActivities.Message(fake.ServiceUrl, NextId(), aadObjectId, text), until);

    /// <summary>Pastes a picture into the chat (Teams sends it as "image/*" with its URL on the connector).</summary>
    public Task<IReadOnlyList<FakeConnectorRequest>> PasteAsync(string contentUrl, Func<IReadOnlyList<FakeConnectorRequest>, bool> until) =>
        StepAsync(FakeTeamsActivities.Picture(fake.ServiceUrl, NextId(), aadObjectId, contentUrl), until);

    /// <summary>Presses the card button with this choice in the latest card that offers it.</summary>
    public Task<IReadOnlyList<FakeConnectorRequest>> TapAsync(string choice, Func<IReadOnlyList<FakeConnectorRequest>, bool> until)
    {
        Assert.Contains(Messages, m => Choices(m).Contains(choice));
        return StepAsync(FakeTeamsActivities.Submit(fake.ServiceUrl, NextId(), aadObjectId, choice), until);
    }

    public static IReadOnlyList<string> Choices(FakeConnectorRequest message) =>
        message.Card?["actions"]?.AsArray().Select(a => a?["data"]?["choice"]?.ToString() ?? "").ToList() ?? [];

    public static string Text(FakeConnectorRequest message) => message.Text ?? message.Card?["body"]?[0]?["text"]?.ToString() ?? "";

    public static Func<IReadOnlyList<FakeConnectorRequest>, bool> Offers(string choice) => messages => messages.Any(m => Choices(m).Contains(choice));

    public static Func<IReadOnlyList<FakeConnectorRequest>, bool> OffersAny => messages => messages.Any(m => Choices(m).Count > 0);

    private async Task<IReadOnlyList<FakeConnectorRequest>> StepAsync(JsonObject activity, Func<IReadOnlyList<FakeConnectorRequest>, bool> until)
    {
        var before = Messages.Count;
        var response = await fake.PushAsync(activity);
        response.EnsureSuccessStatusCode();
        IReadOnlyList<FakeConnectorRequest> New() => Messages.Skip(before).ToList();
        await fake.WaitAsync(_ => until(New()));
        return New();
    }

    private string NextId() => $"{aadObjectId}-{++_next}";
}
