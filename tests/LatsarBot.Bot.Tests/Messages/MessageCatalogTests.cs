using LatsarBot.Bot.Messages;
using LatsarBot.Core.Participants;

namespace LatsarBot.Bot.Tests.Messages;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = new(new Dictionary<Language, IReadOnlyDictionary<string, string>>
    {
        [Language.Id] = new Dictionary<string, string> { ["greet"] = "Halo, {name}! Skor {score}.", ["only.id"] = "Hanya Indonesia" },
        [Language.En] = new Dictionary<string, string> { ["greet"] = "Hello, {name}! Score {score}." },
    });

    [Fact]
    public void Text_Indonesian_UsesCommaDecimals()
    {
        Assert.Equal("Halo, Budi! Skor 90,01.", Catalog.Text(Language.Id, "greet", ("name", "Budi"), ("score", 90.01m)));
    }

    [Fact]
    public void Text_English_UsesDotDecimals()
    {
        Assert.Equal("Hello, Budi! Score 90.01.", Catalog.Text(Language.En, "greet", ("name", "Budi"), ("score", 90.01m)));
    }

    [Fact]
    public void Text_MissingInEnglish_FallsBackToIndonesian()
    {
        Assert.Equal("Hanya Indonesia", Catalog.Text(Language.En, "only.id"));
    }

    [Fact]
    public void Text_UnknownKey_ShowsTheKeyInsteadOfCrashing()
    {
        Assert.Equal("[no.such]", Catalog.Text(Language.Id, "no.such"));
    }

    [Fact]
    public void Placeholders_Template_ListsNames()
    {
        Assert.Equal(["name", "score"], MessageCatalog.Placeholders("Halo, {name}! Skor {score}.").Order());
    }
}
