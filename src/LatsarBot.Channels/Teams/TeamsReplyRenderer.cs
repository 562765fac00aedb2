using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.Teams;

/// <summary>
/// Reply → Bot Framework message activities: the text in Teams' Markdown (our *bold* is Teams' **bold**; _italic_,
/// links and "- " lists are the same), in parts of at most <see cref="TeamsChannel.MaxTextLength"/>; choices and
/// quiz options as an Adaptive Card (built as JSON: the AdaptiveCards package is not served) whose Action.Submit
/// buttons send the choice back as the message's value, with the options numbered in the card's fallback text for a
/// client that cannot show cards. Files are attachments by URL. Pure: the sender sends what this returns.
/// </summary>
public static partial class TeamsReplyRenderer
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    [GeneratedRegex(@"(?<![\*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\*\w])")]
    private static partial Regex Bold();

    public static string Markdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Bold().Replace(text, "**$1**");
    }

    public static IReadOnlyList<JsonObject> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var activities = new List<JsonObject>();
        foreach (var attachment in reply.Attachments)
        {
            activities.Add(Message(null, new JsonArray(new JsonObject
            {
                ["contentType"] = attachment.ContentType ?? "application/octet-stream",
                ["contentUrl"] = attachment.Url,
                ["name"] = attachment.Name,
            })));
        }

        var choices = reply.Buttons.Where(b => b.Kind == ButtonKind.Choice).ToList();
        var text = Markdown(reply.Text);
        if (reply.Poll is { } poll)
        {
            choices.AddRange(poll.Options);
            text = string.IsNullOrWhiteSpace(text) ? Markdown(poll.Question) : $"{text}\n\n{Markdown(poll.Question)}";
        }

        var chunks = TextSplitter.Split(text, TeamsChannel.MaxTextLength).ToList();
        if (choices.Count == 0)
        {
            activities.AddRange(chunks.Where(c => c.Length > 0).Select(c => Message(c, null)));
            return activities;
        }

        // The last part goes into the card, above its buttons, so the question and its answers stay together.
        activities.AddRange(chunks.Take(chunks.Count - 1).Select(c => Message(c, null)));
        activities.Add(Message(null, new JsonArray(new JsonObject { ["contentType"] = AdaptiveCardType, ["content"] = Card(chunks.LastOrDefault() ?? "", choices) })));
        return activities;
    }

    public static JsonObject Card(string text, IReadOnlyList<ReplyButton> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var numbered = string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Title}"));
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = string.IsNullOrWhiteSpace(text) ? numbered : $"{text}\n\n{numbered}",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
            ["actions"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Title.Replace("*", "", StringComparison.Ordinal),
                ["data"] = new JsonObject { [TeamsActivityMapper.ChoiceKey] = c.Value },
            }).ToArray()),
        };
    }

    private static JsonObject Message(string? text, JsonArray? attachments)
    {
        var activity = new JsonObject { ["type"] = "message" };
        if (text is not null)
        {
            activity["text"] = text;
            activity["textFormat"] = "markdown";
        }

        if (attachments is not null)
        {
            activity["attachments"] = attachments;
        }

        return activity;
    }
}
