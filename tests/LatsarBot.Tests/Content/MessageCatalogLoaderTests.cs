using LatsarBot.Content;
using LatsarBot.Core.Participants;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Content;

public sealed class MessageCatalogLoaderTests
{
    [Fact]
    public void Load_ShippedContent_HasEveryKeyTheBotUsesInBothLanguages()
    {
        var errors = new List<ContentError>();

        var catalog = MessageCatalogLoader.Load(TestPaths.Content, ContentBundle.RequiredMessageKeys(), errors);

        Assert.Empty(errors);
        Assert.All(ContentBundle.RequiredMessageKeys(), key => Assert.True(catalog.Has(Language.En, key) && catalog.Has(Language.Id, key), key));
    }

    [Fact]
    public void Load_AreasInSeparateFiles_MergedPerLanguage()
    {
        var content = TestPaths.CopyOfContent();
        Write(content, "extra.id.yaml", "extra.hello: \"Halo {name}\"");
        Write(content, "extra.en.yaml", "extra.hello: \"Hello {name}\"");
        var errors = new List<ContentError>();

        var catalog = MessageCatalogLoader.Load(content, [], errors);

        Assert.Empty(errors);
        Assert.Equal("Hello Sari", catalog.Text(Language.En, "extra.hello", ("name", "Sari")));
    }

    [Fact]
    public void Load_KeyInTwoAreas_DuplicateNamesBothPlaces()
    {
        var content = TestPaths.CopyOfContent();
        Write(content, "extra.id.yaml", "# comment\nmenu.title: \"Lagi\"");
        Write(content, "extra.en.yaml", "# comment\nmenu.title: \"Again\"");
        var errors = new List<ContentError>();

        MessageCatalogLoader.Load(content, [], errors);

        var duplicate = Assert.Single(errors, e => e.Rule == "message.duplicate" && e.File.EndsWith("extra.id.yaml", StringComparison.Ordinal));
        Assert.Equal(2, duplicate.Line);
        Assert.Contains("core.id.yaml:", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AreaWithoutEnglish_FileMissing()
    {
        var content = TestPaths.CopyOfContent();
        Write(content, "extra.id.yaml", "extra.hello: \"Halo\"");
        var errors = new List<ContentError>();

        MessageCatalogLoader.Load(content, [], errors);

        Assert.Contains(errors, e => e.Rule == "file.missing" && e.File.EndsWith("extra.en.yaml", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Rule == "message.translation" && e.Message.Contains("extra.hello", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Menu: \"x\"", "message.key")]
    [InlineData("extra.empty: \"\"", "message.text")]
    [InlineData("extra.list:\n  - a\n  - b", "message.text")]
    [InlineData("- just\n- a list", "message.shape")]
    public void Load_BadEntry_NamesTheRule(string yaml, string rule)
    {
        var content = TestPaths.CopyOfContent();
        Write(content, "extra.id.yaml", yaml);
        Write(content, "extra.en.yaml", yaml);
        var errors = new List<ContentError>();

        MessageCatalogLoader.Load(content, [], errors);

        Assert.Contains(errors, e => e.Rule == rule && e.File.EndsWith("extra.id.yaml", StringComparison.Ordinal) && e.Line >= 1);
    }

    [Fact]
    public void Load_EnglishOnlyKey_Orphan()
    {
        var content = TestPaths.CopyOfContent();
        Write(content, "extra.id.yaml", "extra.a: \"A\"");
        Write(content, "extra.en.yaml", "extra.a: \"A\"\nextra.b: \"B\"");
        var errors = new List<ContentError>();

        MessageCatalogLoader.Load(content, [], errors);

        var orphan = Assert.Single(errors);
        Assert.Equal(("message.orphan", 2), (orphan.Rule, orphan.Line));
    }

    private static void Write(string content, string file, string yaml) =>
        File.WriteAllText(Path.Combine(content, "messages", file), yaml + "\n");
}
