using System.Security.Cryptography;
using System.Text;
using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Outbox;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// Reply → Cloud API messages: media first, then the text in parts of at most 4,096 characters, the last part carrying
/// the choices: up to three short ones as reply buttons, else a list (10 rows of 24 characters; a longer set shows 9
/// and a "Lainnya…" row that opens the next page). Pure: the sender sends what this returns.
/// </summary>
public static class WhatsAppReplyRenderer
{
    public const string LongValuePrefix = "~";

    /// <summary>The row value that opens the next page of a long choice set (the page is remembered under it).</summary>
    public const string PagePrefix = "~page:";

    /// <summary>Adapter labels, not catalog phrases: the adapter knows no catalog, and both read in Indonesian and English contexts alike.</summary>
    public const string ListButton = "Pilih", MoreRow = "Lainnya…";

    /// <summary>An attachment URL of this form names a file already uploaded to WhatsApp, sent by its media id.</summary>
    public const string UploadedPrefix = "whatsapp-media:";

    public static WhatsAppRendered Render(string to, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = reply.Attachments.Select(a => Media(to, a)).ToList();
        var remember = new Dictionary<string, string>(StringComparer.Ordinal);
        var choices = reply.Buttons.Where(b => b.Kind == ButtonKind.Choice).ToList();
        var text = WhatsAppFormatting.Render(reply.Text);
        if (reply.Poll is { } poll)
        {
            choices.AddRange(poll.Options);
            text = string.IsNullOrWhiteSpace(text) ? WhatsAppFormatting.Render(poll.Question) : $"{text}\n\n{WhatsAppFormatting.Render(poll.Question)}";
        }

        var chunks = TextSplitter.Split(text, WhatsAppChannel.MaxTextLength).ToList();
        if (choices.Count == 0)
        {
            parts.AddRange(chunks.Select(c => Text(to, c)));
            return new WhatsAppRendered(parts, remember);
        }

        // The choices ride on the last part, whose body may hold only 1,024 characters.
        var body = chunks.Count == 0 ? "…" : chunks[^1];
        chunks = chunks.Count == 0 ? [] : chunks[..^1];
        var tail = TextSplitter.Split(body, WhatsAppChannel.MaxInteractiveBody);
        parts.AddRange(chunks.Concat(tail.Take(tail.Count - 1)).Select(c => Text(to, c)));
        parts.Add(Choices(to, tail[^1], choices, remember));
        return new WhatsAppRendered(parts, remember);
    }

    /// <summary>An id for a value: itself when it fits every id field and cannot be taken for one of ours, else a short stable one.</summary>
    public static string IdOf(string value) =>
        value.Length <= WhatsAppChannel.MaxRowId && !value.StartsWith(LongValuePrefix, StringComparison.Ordinal)
            ? value
            : LongValuePrefix + Hash(value);

    private static WaOutgoing Choices(string to, string body, List<ReplyButton> choices, Dictionary<string, string> remember)
    {
        var titles = choices.Select(c => c.Title.Trim()).ToList();
        if (choices.Count <= WhatsAppChannel.MaxReplyButtons && titles.All(t => t.Length is > 0 and <= WhatsAppChannel.MaxButtonTitle) && titles.Distinct().Count() == titles.Count)
        {
            var buttons = choices.Select(c => new WaOutButton(new WaOutReply(Id(c.Value, remember), c.Title.Trim()))).ToList();
            return new WaOutgoing(to, "interactive", Interactive: new WaOutInteractive("button", new WaOutBody(body), new WaOutAction(Buttons: buttons)));
        }

        var page = choices;
        WaOutRow? more = null;
        if (choices.Count > WhatsAppChannel.MaxListRows)
        {
            page = choices[..(WhatsAppChannel.MaxListRows - 1)];
            var rest = OutboxPayload.Of(new Reply(body, choices[(WhatsAppChannel.MaxListRows - 1)..]));
            var key = PagePrefix + Hash(rest);
            remember[key] = rest;
            more = new WaOutRow(key, MoreRow);
        }

        var rows = page.Select(c => Row(c, remember)).Append(more).OfType<WaOutRow>().ToList();
        var action = new WaOutAction(Button: ListButton, Sections: [new WaOutSection(rows)]);
        return new WaOutgoing(to, "interactive", Interactive: new WaOutInteractive("list", new WaOutBody(body), action));
    }

    /// <summary>A title too long for a row is cut, and said whole (as far as 72 characters go) in the row's description.</summary>
    private static WaOutRow Row(ReplyButton choice, Dictionary<string, string> remember)
    {
        var title = WhatsAppFormatting.Title(choice.Title, WhatsAppChannel.MaxRowTitle);
        var whole = WhatsAppFormatting.Title(choice.Title, WhatsAppChannel.MaxRowDescription);
        return new WaOutRow(Id(choice.Value, remember), title, title == whole ? null : whole);
    }

    private static string Id(string value, Dictionary<string, string> remember)
    {
        var id = IdOf(value);
        if (id != value)
        {
            remember[id] = value;
        }

        return id;
    }

    private static WaOutgoing Text(string to, string body) => new(to, "text", Text: new WaOutText(body, PreviewUrl: body.Contains("https://", StringComparison.Ordinal)));

    /// <summary>The attachment URL that sends an uploaded file by its media id, under the file name the phone saves it as.</summary>
    public static string Uploaded(string mediaId, string fileName) => $"{UploadedPrefix}{mediaId}:{fileName}";

    /// <summary>
    /// Media by public link (Meta fetches it) or by the id of a file the sender uploaded (<see cref="Uploaded"/>: a
    /// generated report on this host, which Meta cannot fetch). A relative URL nothing was uploaded for is named in text.
    /// </summary>
    private static WaOutgoing Media(string to, ReplyAttachment attachment)
    {
        var name = attachment.Name is { Length: > 0 } n ? WhatsAppFormatting.Cut(n, WhatsAppChannel.MaxCaption) : null;
        WaOutMedia media;
        if (attachment.Url.StartsWith(UploadedPrefix, StringComparison.Ordinal) && attachment.Url[UploadedPrefix.Length..].Split(':', 2) is [var id, var file])
        {
            media = new WaOutMedia(Id: id, Caption: name, Filename: file);
        }
        else if (Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
        {
            media = new WaOutMedia(url.AbsoluteUri, Caption: name, Filename: Path.GetFileName(url.AbsolutePath) is { Length: > 0 } f ? f : name);
        }
        else
        {
            return Text(to, $"{name ?? attachment.Url} (—)");
        }

        return attachment.Kind switch
        {
            AttachmentKind.Image => new WaOutgoing(to, "image", Image: media with { Filename = null }),
            AttachmentKind.Video => new WaOutgoing(to, "video", Video: media with { Filename = null }),
            AttachmentKind.Audio => new WaOutgoing(to, "audio", Audio: media with { Caption = null, Filename = null }),
            AttachmentKind.Document => new WaOutgoing(to, "document", Document: media),
            _ => Text(to, name is null ? attachment.Url : $"{name}\n{attachment.Url}"),
        };
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];
}

/// <summary>A reply as the messages that carry it, in order, and the values that had to be remembered behind short ids.</summary>
public sealed record WhatsAppRendered(IReadOnlyList<WaOutgoing> Parts, IReadOnlyDictionary<string, string> Remember);
