using LatsarBot.Bot.Activities;
using LatsarBot.Channels.WhatsApp;

namespace LatsarBot.WhatsApp.Tests.Channel;

public sealed class WhatsAppReplyRendererTests
{
    private const string To = "6281234567890";

    [Fact]
    public void Render_ThreeShortChoices_AreReplyButtonsUnderTheText()
    {
        var rendered = WhatsAppReplyRenderer.Render(To, new Reply("Pilih *satu*", Buttons("Ya", "Tidak", "Nanti")));

        var part = Assert.Single(rendered.Parts);
        Assert.Equal(("interactive", "button", "Pilih *satu*"), (part.Type, part.Interactive!.Type, part.Interactive.Body.Text));
        Assert.Equal(["Ya", "Tidak", "Nanti"], part.Interactive.Action.Buttons!.Select(b => b.Reply.Title));
    }

    [Fact]
    public void Render_FourChoices_AreAListWithOneRowEach()
    {
        var part = Assert.Single(WhatsAppReplyRenderer.Render(To, new Reply("Menu", Buttons("A", "B", "C", "D"))).Parts);

        Assert.Equal("list", part.Interactive!.Type);
        Assert.Equal(["a", "b", "c", "d"], part.Interactive.Action.Sections!.Single().Rows.Select(r => r.Id));
    }

    [Fact]
    public void Render_ATitleOver20_MakesAListWhoseRowSaysItWholeInTheDescription()
    {
        const string option = "b. Menjalankan tugas dengan integritas tinggi";

        var row = Assert.Single(WhatsAppReplyRenderer.Render(To, new Reply("Soal", Buttons(option))).Parts).Interactive!.Action.Sections!.Single().Rows.Single();

        Assert.Equal((24, option), (row.Title.Length, row.Description));
        Assert.EndsWith("…", row.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwelveChoices_ShowsNineAndAMoreRowWhoseNextPageIsRemembered()
    {
        var rendered = WhatsAppReplyRenderer.Render(To, new Reply("Pilih", Buttons([.. Enumerable.Range(1, 12).Select(i => $"Unit {i}")])));

        var rows = rendered.Parts.Single().Interactive!.Action.Sections!.Single().Rows;
        Assert.Equal(10, rows.Count);
        Assert.Equal(WhatsAppReplyRenderer.MoreRow, rows[^1].Title);
        Assert.StartsWith(WhatsAppReplyRenderer.PagePrefix, rows[^1].Id, StringComparison.Ordinal);
        var next = Bot.Outbox.OutboxPayload.Parse(rendered.Remember[rows[^1].Id]);
        Assert.Equal(["unit 10", "unit 11", "unit 12"], next.Buttons.Select(b => b.Value));
    }

    [Fact]
    public void Render_AValueLongerThanAnId_TravelsAsAShortIdAndIsRemembered()
    {
        var value = new string('v', 300);

        var rendered = WhatsAppReplyRenderer.Render(To, new Reply("x", [new ReplyButton("Ya", value)]));

        var id = rendered.Parts.Single().Interactive!.Action.Buttons!.Single().Reply.Id;
        Assert.Equal(value, rendered.Remember[id]);
        Assert.True(id.Length <= 200);
    }

    [Fact]
    public void Render_TextOver4096_IsSplitAndTheChoicesRideOnABodyOfAtMost1024()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(new string('a', 900), 6));

        var parts = WhatsAppReplyRenderer.Render(To, new Reply(text, Buttons("Ya"))).Parts;

        Assert.All(parts.Where(p => p.Type == "text"), p => Assert.InRange(p.Text!.Body.Length, 1, 4096));
        Assert.InRange(parts[^1].Interactive!.Body.Text.Length, 1, 1024);
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal).Length,
            parts.Sum(p => (p.Text?.Body ?? p.Interactive!.Body.Text).Replace("\n", "", StringComparison.Ordinal).Length));
    }

    [Fact]
    public void Render_MarkdownLink_BecomesLabelAndUrl()
    {
        var part = Assert.Single(WhatsAppReplyRenderer.Render(To, new Reply("Lihat [video](https://example.org/v) ya")).Parts);

        Assert.Equal("Lihat video (https://example.org/v) ya", part.Text!.Body);
    }

    [Fact]
    public void Render_ImageByLink_ComesBeforeTheText()
    {
        var parts = WhatsAppReplyRenderer.Render(To, new Reply("Infografis", attachments: [new ReplyAttachment(AttachmentKind.Image, "https://example.org/i.png", "Peta")])).Parts;

        Assert.Equal(["image", "text"], parts.Select(p => p.Type));
        Assert.Equal(("https://example.org/i.png", "Peta"), (parts[0].Image!.Link, parts[0].Image!.Caption));
    }

    private static ReplyButton[] Buttons(params string[] titles) => [.. titles.Select(t => new ReplyButton(t, t.ToLowerInvariant()))];
}
