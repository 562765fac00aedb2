using LatsarBot.Bot.Activities;
using LatsarBot.Bot.Commands;
using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Identity;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Pipeline;
using LatsarBot.Bot.Storage;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Tests.Commands;

public sealed class CommandTableTests
{
    private static readonly TurnPerson Participant = new(1, "Sari", Role.Participant, Language.Id, TimeZoneCode.Wib, 1);
    private static readonly TurnPerson Coach = new(2, "Budi", Role.Coach, Language.Id, TimeZoneCode.Wib, 1);

    [Theory]
    [InlineData("/bantuan", "help")]
    [InlineData("/help", "help")]
    [InlineData("/menu", "menu")]
    public async Task Route_NameOrAlias_RunsItsRow(string command, string expected)
    {
        var (table, ran) = Table();

        await table.RouteAsync(ACommand(command, Participant), CancellationToken.None);

        Assert.Equal([expected], ran);
    }

    [Fact]
    public async Task Route_UnknownCommand_GoesToTheFallbackWithTheCommand()
    {
        var (table, ran) = Table();

        await table.RouteAsync(ACommand("/entah", Participant), CancellationToken.None);

        Assert.Equal(["fallback /entah"], ran);
    }

    [Fact]
    public async Task Route_RowNotForTheSpeaker_FallsToTheNextRowOfTheCommand()
    {
        var (table, ran) = Table();

        await table.RouteAsync(ACommand("/menu", null), CancellationToken.None);

        Assert.Equal(["need login"], ran);
    }

    [Fact]
    public async Task Route_OnlyRowNotForTheSpeaker_GoesToTheFallback()
    {
        var (table, ran) = Table();

        await table.RouteAsync(ACommand("/progres", Coach), CancellationToken.None);

        Assert.Equal(["fallback /progres"], ran);
    }

    [Fact]
    public void Find_TwoRowsForTheSpeaker_TheUpperWins()
    {
        var (table, _) = Table();

        var route = table.Find("/menu", Participant);

        Assert.Same(table.Routes[1], route);
    }

    [Theory]
    [InlineData("/start abc", "/start")]
    [InlineData("  /Menu@LatsarBot  ", "/menu")]
    [InlineData("/bantuan", "/bantuan")]
    [InlineData("menu", null)]
    [InlineData("halo /menu", null)]
    public void Of_TypedText_IsTheCommandWordInLowerCase(string text, string? expected)
    {
        var command = SlashCommand.Of(AnActivity() with { Text = text });

        Assert.Equal(expected, command);
    }

    [Fact]
    public void Of_PressedButtonWithASlashCaption_IsNoCommand()
    {
        var command = SlashCommand.Of(AnActivity() with { Text = "/menu", Value = new ChoiceValue("/menu") });

        Assert.Null(command);
    }

    private static (CommandTable Table, List<string> Ran) Table()
    {
        var ran = new List<string>();
        CommandHandler Record(string name) => (_, _) =>
        {
            ran.Add(name);
            return Task.CompletedTask;
        };

        var table = new CommandTable((command, _) =>
            {
                ran.Add("fallback " + command.Command);
                return Task.CompletedTask;
            })
            .On(["/bantuan", "/help"], Record("help"))
            .On("/menu", Record("menu"), person => person is not null)
            .On("/menu", Record("need login"))
            .On("/progres", Record("progress"), person => person is { IsParticipant: true });
        return (table, ran);
    }

    private static CommandTurn ACommand(string command, TurnPerson? person)
    {
        var turn = new Turn(AnActivity() with { Text = command }, new ConversationState(), new MessageCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>()), DateTimeOffset.UnixEpoch)
        {
            Person = person,
        };
        return new CommandTurn(new DialogContext(turn, new DialogSet([])), command, "root");
    }

    private static Activity AnActivity() => new() { Channel = "test", ConversationId = "c1", From = new ChannelUser("u1") };
}
