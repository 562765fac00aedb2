using LatsarBot.Bot.Activities;
using LatsarBot.Channels.Teams;

namespace LatsarBot.Teams.Tests.Channel;

/// <summary>Replies in Teams' Markdown, choices as Adaptive Cards with a numbered fallback.</summary>
public sealed class TeamsReplyRendererTests
{
    [Theory]
    [InlineData("*Modul 1* selesai", "**Modul 1** selesai")]
    [InlineData("_catatan_ dan [tautan](https://latsar.example/x)", "_catatan_ dan [tautan](https://latsar.example/x)")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("- satu\n- dua", "- satu\n- dua")]
    public void Markdown_BoldBecomesDoubleStars_TheRestStays(string ours, string teams)
    {
        Assert.Equal(teams, TeamsReplyRenderer.Markdown(ours));
    }

    [Fact]
    public void Choices_AreOneCardWithSubmitButtonsCarryingTheValue()
    {
        var reply = new Reply("Pilih *unit*", [new ReplyButton("Unit 1", "unit:1"), new ReplyButton("Unit 2", "unit:2")]);

        var activity = Assert.Single(TeamsReplyRenderer.Render(reply));

        var card = activity["attachments"]![0]!["content"]!;
        Assert.Equal(TeamsReplyRenderer.AdaptiveCardType, activity["attachments"]![0]!["contentType"]!.ToString());
        Assert.Equal("Pilih **unit**", card["body"]![0]!["text"]!.ToString());
        Assert.Equal(["unit:1", "unit:2"], card["actions"]!.AsArray().Select(a => a!["data"]!["choice"]!.ToString()));
        Assert.Equal("Pilih **unit**\n\n1. Unit 1\n2. Unit 2", card["fallbackText"]!.ToString());
    }

    [Fact]
    public void Quiz_ShowsItsQuestionAndOptionsAsButtons()
    {
        var reply = new Reply("Soal 1") { Poll = new ReplyPoll("Apa nilai dasar ASN?", [new ReplyButton("BerAKHLAK", "q:a"), new ReplyButton("Lainnya", "q:b")], 0) };

        var card = Assert.Single(TeamsReplyRenderer.Render(reply))["attachments"]![0]!["content"]!;

        Assert.Equal("Soal 1\n\nApa nilai dasar ASN?", card["body"]![0]!["text"]!.ToString());
        Assert.Equal(["BerAKHLAK", "Lainnya"], card["actions"]!.AsArray().Select(a => a!["title"]!.ToString()));
    }

    [Fact]
    public void PlainText_IsAMarkdownMessage()
    {
        var activity = Assert.Single(TeamsReplyRenderer.Render(new Reply("Halo")));

        Assert.Equal(("message", "Halo", "markdown"), (activity["type"]!.ToString(), activity["text"]!.ToString(), activity["textFormat"]!.ToString()));
    }
}
