using System.Collections.Concurrent;
using LatsarBot.Browser.Tests.Support;
using LatsarBot.Testing;
using static Microsoft.Playwright.Assertions;

namespace LatsarBot.Browser.Tests.Security;

/// <summary>Every page the browser loads carries the security headers, and the pages work under their CSP.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SecurityHeaderTests(Chromium chromium)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/console/masuk")]
    [InlineData("/console/masuk/kode")]
    public async Task Page_AsTheBrowserReceivesIt_CarriesTheSecurityHeaders(string path)
    {
        await using var host = await TestHost.StartAsync();
        var page = await chromium.NewPhonePageAsync();
        try
        {
            var response = await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());

            var headers = await response!.AllHeadersAsync();
            Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", headers["content-security-policy"], StringComparison.Ordinal);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
            Assert.Equal("no-referrer", headers["referrer-policy"]);
            Assert.Equal("DENY", headers["x-frame-options"]);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ChatPage_UnderItsCsp_RunsWithoutAViolation()
    {
        await using var host = await TestHost.StartAsync();
        var violations = new ConcurrentQueue<string>();
        var page = await chromium.NewPhonePageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
        try
        {
            await page.GotoAsync(host.BaseAddress.ToString());
            var chat = new ChatPage(page);

            await chat.LogInAsDemoAsync();

            Assert.Empty(violations);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
