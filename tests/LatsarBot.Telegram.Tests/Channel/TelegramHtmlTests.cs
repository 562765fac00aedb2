using LatsarBot.Bot.Activities;
using LatsarBot.Channels;
using LatsarBot.Channels.Telegram;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.ReplyMarkups;

namespace LatsarBot.Telegram.Tests.Channel;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("*bold* and _italic_", "<b>bold</b> and <i>italic</i>")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("*<script>*", "<b>&lt;script&gt;</b>")]
    [InlineData("[Modul](https://x.example/a_b_c?x=1&y=2)", "<a href=\"https://x.example/a_b_c?x=1&amp;y=2\">Modul</a>")]
    [InlineData("[*Modul*](https://x.example/)", "<a href=\"https://x.example/\"><b>Modul</b></a>")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("- satu\n- dua", "- satu\n- dua")]
    [InlineData("*not\nbold*", "*not\nbold*")]
    public void Render_MarkdownSubset_TelegramHtml(string markdown, string html)
    {
        var rendered = TelegramHtml.Render(markdown);

        Assert.Equal(html, rendered);
    }

    [Fact]
    public void Split_LongText_AtParagraphsWithinTheLimit()
    {
        var paragraph = new string('a', 3000);
        var text = $"{paragraph}\n\n{paragraph}\n\n{paragraph}";

        var parts = TextSplitter.Split(text, TelegramChannel.MaxTextLength);

        Assert.Equal([3000, 3000, 3000], parts.Select(p => p.Length));
    }

    [Fact]
    public void Split_OneUnbrokenRun_HardCutAtTheLimit()
    {
        var parts = TextSplitter.Split(new string('x', 9000), TelegramChannel.MaxTextLength);

        Assert.Equal([4096, 4096, 808], parts.Select(p => p.Length));
    }

    [Fact]
    public void Render_ShortButtons_TwoPerRowInline()
    {
        var reply = new Reply("Pilih", [new("WIB", "Wib"), new("WITA", "Wita"), new("WIT", "Wit")]);

        var request = (SendMessageRequest)TelegramReplyRenderer.Render(1, reply, nativePolls: true).Parts.Single().Request;

        var keyboard = Assert.IsType<InlineKeyboardMarkup>(request.ReplyMarkup);
        Assert.Equal([2, 1], keyboard.InlineKeyboard.Select(r => r.Count()));
    }

    [Fact]
    public void Render_ValueOver64Bytes_ShortIdRemembered()
    {
        var value = new string('v', 100);

        var rendered = TelegramReplyRenderer.Render(1, new Reply("Pilih", [new("Lanjut", value)]), nativePolls: true);

        var data = Assert.Single(rendered.Remember);
        Assert.Equal(value, data.Value);
        Assert.True(data.Key.Length <= 64);
    }

    [Fact]
    public void Render_QuizPoll_NonAnonymousWithOptionValues()
    {
        var reply = new Reply("") { Poll = new ReplyPoll("2 + 2?", [new("3", "a"), new("4", "b")], CorrectOption: 1) };

        var part = TelegramReplyRenderer.Render(1, reply, nativePolls: true).Parts.Single();

        var poll = Assert.IsType<SendPollRequest>(part.Request);
        Assert.False(poll.IsAnonymous);
        Assert.Equal(["a", "b"], part.PollValues!);
    }
}
