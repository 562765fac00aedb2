using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.WebChat;

/// <summary>The page's renderers (window.LatsarChat.render and .attachment), run inside the browser that uses them.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChatRenderTests(Chromium chromium)
{
    private static readonly (string Markdown, string Html)[] Subset =
    [
        ("*tebal* dan _miring_", "<p><strong>tebal</strong> dan <em>miring</em></p>"),
        ("*tebal _dan miring_*", "<p><strong>tebal <em>dan miring</em></strong></p>"),
        ("baris satu\nbaris dua", "<p>baris satu<br>baris dua</p>"),
        ("Daftar:\n- satu\n- dua", "<p>Daftar:</p><ul><li>satu</li><li>dua</li></ul>"),
        ("[Panduan](https://example.org/a)", "<p><a href=\"https://example.org/a\" target=\"_blank\" rel=\"noopener noreferrer\">Panduan</a></p>"),
        ("[x](https://example.org/\"><b>)", "<p><a href=\"https://example.org/%22%3E%3Cb%3E\" target=\"_blank\" rel=\"noopener noreferrer\">x</a></p>"),
        ("[klik](javascript:alert(1))", "<p>[klik](javascript:alert(1))</p>"),
        ("nama_file_baru dan 2*3*4", "<p>nama_file_baru dan 2*3*4</p>"),
        ("a < b & c > d", "<p>a &lt; b &amp; c &gt; d</p>"),
    ];

    private static readonly (object Attachment, string? Html)[] Attachments =
    [
        (new { kind = "image", url = "https://example.org/poster.png", name = "Poster Latsar" },
            "<div class=\"att\"><img alt=\"Poster Latsar\" loading=\"lazy\" decoding=\"async\" src=\"https://example.org/poster.png\"></div>"),
        (new { kind = "video", url = "https://example.org/v.mp4", name = "Video" },
            "<div class=\"att\"><video controls=\"\" preload=\"none\" aria-label=\"Video\" src=\"https://example.org/v.mp4\">Video</video></div>"),
        (new { kind = "audio", url = "https://example.org/a.mp3", name = "Audio" },
            "<div class=\"att\"><audio controls=\"\" preload=\"none\" aria-label=\"Audio\" src=\"https://example.org/a.mp3\">Audio</audio></div>"),
        (new { kind = "document", url = "https://example.org/files/modul%201.pdf", name = (string?)null },
            "<div class=\"att\"><a class=\"file\" target=\"_blank\" rel=\"noopener noreferrer\" download=\"\" href=\"https://example.org/files/modul%201.pdf\">📄 modul 1.pdf</a></div>"),
        (new { kind = "link", url = "https://example.org/", name = "Situs <b>resmi</b>" },
            "<div class=\"att\"><a class=\"file\" target=\"_blank\" rel=\"noopener noreferrer\" href=\"https://example.org/\">🔗 Situs &lt;b&gt;resmi&lt;/b&gt;</a></div>"),
        (new { kind = "link", url = "javascript:alert(1)", name = "jahat" }, null),
    ];

    [Fact]
    public async Task Render_HtmlInBotText_ShowsTagsAsText()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);
        const string Hostile = "<script>window.hacked = 1</script><img src=x onerror=\"window.hacked = 1\"><b>tebal</b>";

        await chat.Page.EvaluateAsync(
            "text => { const el = window.LatsarChat.render(text); el.id = 'probe'; document.getElementById('log').append(el); }",
            Hostile);

        var probe = chat.Page.Locator("#probe");
        await Expect(probe).ToHaveTextAsync(Hostile);
        await Expect(probe.Locator("script, img, b")).ToHaveCountAsync(0);
        Assert.False(await chat.Page.EvaluateAsync<bool>("() => 'hacked' in window"));
    }

    [Fact]
    public async Task Render_MarkdownSubset_BuildsOnlyTheExpectedElements()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);

        var html = await chat.Page.EvaluateAsync<string[]>(
            "texts => texts.map(t => window.LatsarChat.render(t).innerHTML)",
            Subset.Select(c => c.Markdown).ToArray());

        Assert.Equal(Subset.Select(c => c.Html), html);
    }

    [Fact]
    public async Task Attachment_EachKind_RendersInlineMediaOrLinkAndRefusesScriptUrls()
    {
        await using var host = await TestHost.StartAsync();
        await using var chat = await ChatPage.OpenAsync(chromium, host.BaseAddress);

        var html = await chat.Page.EvaluateAsync<string?[]>(
            "items => items.map(a => window.LatsarChat.attachment(a)?.outerHTML ?? null)",
            Attachments.Select(c => c.Attachment).ToArray());

        Assert.Equal(Attachments.Select(c => c.Html), html);
    }
}
