using LatsarBot.Bot.Dialogs;

namespace LatsarBot.Bot.Tests.Dialogs;

public sealed class MenuRoutesTests
{
    [Theory]
    [InlineData("log", "log")]
    [InlineData("unit:3", "unit 3")]
    [InlineData("agenda:a1:x", "agenda a1:x")]
    [InlineData("room:B2", "room B2")]
    public async Task Route_ExactValueOrPrefixWithItsArgument_RunsItsRow(string value, string expected)
    {
        var (routes, ran) = Routes();

        await routes.RouteAsync(ran, value, CancellationToken.None);

        Assert.Equal([expected], ran);
    }

    [Theory]
    [InlineData("unit:abc")] // not digits
    [InlineData("unit:-3")] // no sign
    [InlineData("unit:")] // no id
    [InlineData("unit")] // prefix without its argument
    [InlineData("units:3")] // a longer word is not the prefix
    [InlineData("LOG")] // values are exact, case included
    [InlineData("agenda:zz")] // names nothing
    [InlineData("entah")]
    public async Task Route_UnknownOrMalformedValue_GoesToTheFallback(string value)
    {
        var (routes, ran) = Routes();

        await routes.RouteAsync(ran, value, CancellationToken.None);

        Assert.Equal(["menu"], ran);
    }

    [Fact]
    public async Task Route_NoValue_GoesToTheFallback()
    {
        var (routes, ran) = Routes();

        await routes.RouteAsync(ran, null, CancellationToken.None);

        Assert.Equal(["menu"], ran);
    }

    [Fact]
    public async Task Route_GuardSaysNo_NextRowTakesTheValue()
    {
        var ran = new List<string>();
        var routes = new MenuRoutes<List<string>>(Run("menu"))
            .On("send", Run("send"), when: _ => false)
            .On("send", Run("send without a draft"));

        await routes.RouteAsync(ran, "send", CancellationToken.None);

        Assert.Equal(["send without a draft"], ran);
    }

    [Theory]
    [InlineData("send")]
    [InlineData("unit:4")]
    [InlineData("room:C")]
    public async Task Route_GuardSaysNoAndNoOtherRow_GoesToTheFallback(string value)
    {
        var ran = new List<string>();
        var routes = new MenuRoutes<List<string>>(Run("menu"))
            .On("send", Run("send"), when: _ => false)
            .OnId("unit", RunWith<int>("unit"), when: (_, id) => id < 4)
            .OnText("room", RunWith<string>("room"), when: (_, room) => room.StartsWith('B'));

        await routes.RouteAsync(ran, value, CancellationToken.None);

        Assert.Equal(["menu"], ran);
    }

    [Fact]
    public async Task Route_TwoRowsTakeTheValue_TheFirstRuns()
    {
        var ran = new List<string>();
        var routes = new MenuRoutes<List<string>>(Run("menu"))
            .OnText("aud", RunWith<string>("any audience"))
            .On("aud:all", Run("all"));

        await routes.RouteAsync(ran, "aud:all", CancellationToken.None);

        Assert.Equal(["any audience all"], ran);
    }

    [Fact]
    public async Task Route_LookupFindsNothing_LaterRowOrFallback()
    {
        var ran = new List<string>();
        var routes = new MenuRoutes<List<string>>(Run("menu"))
            .OnFound("report", (_, id, _) => Task.FromResult(id == "7" ? "report seven" : null), RunWith<string>("found"))
            .OnText("report", RunWith<string>("not found"));

        await routes.RouteAsync(ran, "report:8", CancellationToken.None);
        await routes.RouteAsync(ran, "report:7", CancellationToken.None);

        Assert.Equal(["not found 8", "found report seven"], ran);
    }

    private static (MenuRoutes<List<string>> Routes, List<string> Ran) Routes()
    {
        string[] agendas = ["a1:x", "a2"];
        var routes = new MenuRoutes<List<string>>(Run("menu"))
            .On("log", Run("log"))
            .OnId("unit", RunWith<int>("unit"))
            .OnFound("agenda", (_, id, _) => Task.FromResult(agendas.FirstOrDefault(a => a == id)), RunWith<string>("agenda"))
            .OnText("room", RunWith<string>("room"));
        return (routes, []);
    }

    private static MenuRoutes<List<string>>.Handler Run(string name) => (ran, _) =>
    {
        ran.Add(name);
        return Task.FromResult(DialogStatus.Waiting);
    };

    private static MenuRoutes<List<string>>.Handler<T> RunWith<T>(string name) => (ran, argument, _) =>
    {
        ran.Add($"{name} {argument}");
        return Task.FromResult(DialogStatus.Waiting);
    };
}
