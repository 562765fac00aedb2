using LatsarBot.Content;
using LatsarBot.Testing;

namespace LatsarBot.Tests.Content;

/// <summary>The host's bundle: teaching content, every message key the bot can say, reminder plans and holidays together.</summary>
public sealed class ContentBundleTests
{
    [Fact]
    public void Check_ShippedContent_HasNoErrors()
    {
        var (bundle, errors) = ContentBundle.Check(TestPaths.Content, Core.Mooc.MoocRules.Default);

        Assert.Empty(errors);
        Assert.NotNull(bundle);
    }
}
