using System.Net.Http.Json;
using System.Text.Json;
using LatsarBot.Bot.Activities;
using LatsarBot.Channels.WebChat;

namespace LatsarBot.Testing;

/// <summary>Drives a <see cref="TestFlow"/> through the web chat's HTTP API, so the same scripts test the channel.</summary>
public static class WebChatTransport
{
    public static TestFlow Flow(TestHost host, Bot.Messages.MessageCatalog messages, string? conversationId = null, string? userId = null)
    {
        var id = conversationId ?? Guid.NewGuid().ToString("N");
        return new TestFlow(activity => PostAsync(host.Client, activity), messages, WebChatMapper.Channel, id, new ChannelUser(userId ?? "web-" + id[..8]));
    }

    public static async Task<IReadOnlyList<Reply>> PostAsync(HttpClient client, Activity activity)
    {
        var body = new Dictionary<string, object?>
        {
            ["id"] = activity.Id,
            ["from"] = activity.From.Id,
            ["text"] = activity.Text,
            ["value"] = (activity.Value as ChoiceValue)?.Value,
            ["attachments"] = activity.Attachments.Select(a => new WebChatAttachmentDto(a.ContentType, a.Url ?? "", a.Name, a.Size)).ToList(),
        };
        using var response = await client.PostAsJsonAsync($"/api/webchat/{activity.ConversationId}/activities", body);
        response.EnsureSuccessStatusCode();
        var turn = await response.Content.ReadFromJsonAsync<WebChatTurnResponse>() ?? throw new JsonException("Empty web chat response");
        return turn.Replies.Select(r => new Reply(
            r.Text,
            r.Buttons.Select(b => new ReplyButton(b.Title, b.Value)).ToList(),
            r.Attachments.Select(a => new ReplyAttachment(Enum.Parse<AttachmentKind>(a.Kind, ignoreCase: true), a.Url, a.Name)).ToList())).ToList();
    }
}
