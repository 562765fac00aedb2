using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Prompts;

namespace LatsarBot.Bot.Tests.Prompts;

public sealed class PromptRecognitionTests
{
    private static readonly IReadOnlyList<ReplyButton> Choices = [new("Bahasa Indonesia", "id"), new("English", "en")];

    [Theory]
    [InlineData(null, "en", "en")]          // button pressed
    [InlineData("2", null, "en")]           // number typed
    [InlineData("english", null, "en")]     // caption typed, any case
    [InlineData(" ID ", null, "id")]        // value typed
    [InlineData("3", null, null)]           // out of range
    [InlineData("Jawa", null, null)]
    [InlineData(null, "fr", null)]          // a stale or forged button value
    public void ChoiceMatch_Input_FindsTheChoiceValue(string? text, string? pressed, string? expected)
    {
        var activity = new Activity
        {
            Channel = "test",
            ConversationId = "c",
            From = new ChannelUser("u"),
            Text = text,
            Value = pressed is null ? null : new ChoiceValue(pressed),
        };

        Assert.Equal(expected, ChoicePrompt.Match(activity, Choices));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1.250,75", 1250.75)]
    [InlineData("-3", -3)]
    public void NumberParse_IndonesianOrEnglish_Understood(string text, double expected)
    {
        Assert.Equal((decimal)expected, NumberPrompt.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dua belas")]
    [InlineData("12abc")]
    public void NumberParse_NotANumber_Null(string text)
    {
        Assert.Null(NumberPrompt.Parse(text));
    }
}
