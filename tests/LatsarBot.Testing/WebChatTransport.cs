using System.Net.Http.Json;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Channels.WebChat;

namespace LatsarBot.Testing;

/// <summary>
/// Drives a <see cref="TestFlow"/> through the web chat's HTTP API, so the same scripts test the channel. Each flow
/// starts its session as the page does (POST /api/webchat/sessions) and sends the token with every call.
/// </summary>
public static class WebChatTransport
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestFlow, WebChatSession> Sessions = [];

    /// <summary>The session a flow made by this transport runs in, for calls beside its turns (feed, upload).</summary>
    public static WebChatSession SessionOf(TestFlow flow) =>
        Sessions.TryGetValue(flow, out var session) ? session : throw new InvalidOperationException("Not a web chat flow.");

    public static async Task<TestFlow> FlowAsync(TestHost host, Bot.Messages.MessageCatalog messages, string? userId = null)
    {
        var session = await StartSessionAsync(host.Client);
        return Flow(host.Client, session, messages, userId);
    }

    public static TestFlow Flow(HttpClient client, WebChatSession session, Bot.Messages.MessageCatalog messages, string? userId = null)
    {
        var flow = new TestFlow(activity => PostAsync(client, activity, session.Token), messages, WebChatMapper.Channel, session.ConversationId,
            new ChannelUser(userId ?? "web-" + session.ConversationId[..8]));
        Sessions.Add(flow, session);
        return flow;
    }

    public static async Task<WebChatSession> StartSessionAsync(HttpClient client)
    {
        using var response = await client.PostAsync(WebChatSessionEndpoints.Path, null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<WebChatSession>() ?? throw new JsonException("Empty session response");
    }

    /// <summary>A request to a web chat route carrying the session's token.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add(WebChatSessions.TokenHeader, token);
        }

        return request;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, WebChatSession session, string suffix, object body) =>
        client.SendAsync(Request(HttpMethod.Post, $"/api/webchat/{session.ConversationId}/{suffix}", session.Token, JsonContent.Create(body)));

    public static async Task<WebChatFeedResponse> FeedAsync(HttpClient client, WebChatSession session, long after)
    {
        using var response = await client.SendAsync(Request(HttpMethod.Get, $"/api/webchat/{session.ConversationId}/activities?after={after}", session.Token));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<WebChatFeedResponse>() ?? throw new JsonException("Empty feed");
    }

    public static async Task<IReadOnlyList<Reply>> PostAsync(HttpClient client, Activity activity, string token)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = activity.Id,
            ["from"] = activity.From.Id,
            ["text"] = activity.Text,
            ["value"] = (activity.Value as ChoiceValue)?.Value,
            ["attachments"] = activity.Attachments.Select(a => new WebChatAttachmentDto(a.ContentType, a.Url ?? "", a.Name, a.Size)).ToList(),
        };
        using var response = await client.SendAsync(Request(HttpMethod.Post, $"/api/webchat/{activity.ConversationId}/activities", token, JsonContent.Create(body)));
        response.EnsureSuccessStatusCode();
        var turn = await response.Content.ReadFromJsonAsync<WebChatTurnResponse>() ?? throw new JsonException("Empty web chat response");
        return turn.Replies.Select(r => new Reply(
            r.Text,
            r.Buttons.Select(b => new ReplyButton(b.Title, b.Value)).ToList(),
            r.Attachments.Select(a => new ReplyAttachment(Enum.Parse<AttachmentKind>(a.Kind, ignoreCase: true), a.Url, a.Name)).ToList())).ToList();
    }
}
