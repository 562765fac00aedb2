using System.Net;
using LatsarBot.Bot.Messages;
using LatsarBot.Bot.Outbox;
using LatsarBot.Core.Participants;
using LatsarBot.Dialogs;
using LatsarBot.Data;
using LatsarBot.Data.Demo;
using LatsarBot.StaffConsole;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>Issue 15, item 1, over real HTTP: the code the bot sends, once, for 10 minutes, behind limits; the session cookie; antiforgery.</summary>
public sealed class ConsoleSignInTests
{
    [Fact]
    public async Task SignIn_CodeTheBotSent_OpensAnHttpOnlySecureLaxSession()
    {
        // Production, where the cookie is Secure even over plain HTTP; it refuses the demo, so the staff are put in by hand.
        await using var host = await TestHost.StartAsync(settings: [new("environment", "Production"), new("Demo:Enabled", "false"), new("Security:CodeKey", new string('k', 48))]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider, Options.Create(new DemoOptions { Enabled = true }));
            await seeder.SeedAsync(CancellationToken.None);
        }

        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        var token = await client.RequestCodeAsync(ConsoleStaff.Organiser);

        var response = await client.EnterCodeAsync(token, await ConsoleStaff.SentCodeAsync(host.Services, token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = Assert.Single(client.SetCookieHeaders, h => h.StartsWith("latsarbot.console=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Rina Wulandari", await (await client.GetAsync("/console")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstLanAdmin_BindsAChatWithTheEnrolmentCode_ThenSignsIn()
    {
        await using var host = await TestHost.StartAsync();
        string enrolmentCode;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await LanAdminSetup.AddAsync(scope.ServiceProvider.GetRequiredService<LatsarDb>(), scope.ServiceProvider.GetRequiredService<CodeHasher>(), ConsoleStaff.LanAdmin, "Admin LAN Pusat", "LAN RI", CancellationToken.None);
            enrolmentCode = setup.EnrolmentCode!;
        }

        var chat = await WebChatTransport.FlowAsync(host, host.Services.GetRequiredService<MessageCatalog>());
        await DemoPeople.LogInAsync(chat, ConsoleStaff.LanAdmin, enrolmentCode);
        chat.AssertReply(Msg.Welcome);
        using var client = new ConsoleClient(host.BaseAddress);

        await client.SignInAsync(host.Services, ConsoleStaff.LanAdmin);

        var home = await (await client.GetAsync("/console")).Content.ReadAsStringAsync();
        Assert.Contains("Admin LAN Pusat", home, StringComparison.Ordinal);
        Assert.Contains("BPSDM Demo LatsarBot", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestCode_Message_HasTheCodeAndALinkToTheCodeForm()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);

        var token = await client.RequestCodeAsync(ConsoleStaff.Coach);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        var row = await db.Outbox.SingleAsync(o => o.Key == "console-sign-in:" + token);
        var text = OutboxPayload.Parse(row.PayloadJson).Text;
        var code = ConsoleStaff.CodeIn(text);
        Assert.Contains($"{host.BaseAddress.ToString().TrimEnd('/')}/console/masuk/kode?t={Uri.EscapeDataString(token)}&c={code}", text, StringComparison.Ordinal);
        var stored = await db.StaffSignIns.SingleAsync(s => s.Token == token);
        Assert.DoesNotContain(code, stored.CodeHash, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(10), stored.ExpiresAt - stored.CreatedAt);
    }

    [Fact]
    public async Task EnterCode_UsedOnce_SecondTimeRefused()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var first = new ConsoleClient(host.BaseAddress);
        using var second = new ConsoleClient(host.BaseAddress);
        var token = await first.RequestCodeAsync(ConsoleStaff.Organiser);
        var code = await ConsoleStaff.SentCodeAsync(host.Services, token);
        await first.EnterCodeAsync(token, code);

        var again = await second.EnterCodeAsync(token, code);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("sudah dipakai", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterCode_AfterTenMinutes_Refused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await TestHost.StartAsync(overrides: s => s.AddSingleton<TimeProvider>(clock));
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        var token = await client.RequestCodeAsync(ConsoleStaff.Organiser);
        var code = await ConsoleStaff.SentCodeAsync(host.Services, token);
        clock.Advance(TimeSpan.FromMinutes(10));

        var response = await client.EnterCodeAsync(token, code);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EnterCode_FiveWrongTries_TheRightCodeNoLongerWorks()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        var token = await client.RequestCodeAsync(ConsoleStaff.Organiser);
        var code = await ConsoleStaff.SentCodeAsync(host.Services, token);
        foreach (var _ in Enumerable.Range(0, 5))
        {
            await client.EnterCodeAsync(token, "WRONGWRG");
        }

        var response = await client.EnterCodeAsync(token, code);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(client.SetCookieHeaders, h => h.StartsWith("latsarbot.console=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnterCode_TenWrongTriesForOnePerson_ANewCodeIsLockedToo()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        foreach (var token in new[] { await client.RequestCodeAsync(ConsoleStaff.Organiser), await client.RequestCodeAsync(ConsoleStaff.Organiser) })
        {
            foreach (var _ in Enumerable.Range(0, 5))
            {
                await client.EnterCodeAsync(token, "WRONGWRG");
            }
        }

        var fresh = await client.RequestCodeAsync(ConsoleStaff.Organiser);
        var response = await client.EnterCodeAsync(fresh, await ConsoleStaff.SentCodeAsync(host.Services, fresh));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task EnterCode_TooManyFailuresFromOneAddress_LockedEvenWithTheRightCode()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        foreach (var _ in Enumerable.Range(0, 20))
        {
            await client.EnterCodeAsync("no-such-sign-in", "AAAAAAAA");
        }

        var token = await client.RequestCodeAsync(ConsoleStaff.Organiser);
        var response = await client.EnterCodeAsync(token, "AAAAAAAA");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task RequestCode_UnknownNip_SamePageAndNothingSent()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);

        var token = await client.RequestCodeAsync("199909092022091009");

        Assert.NotEmpty(token);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
        Assert.False(await db.Outbox.AnyAsync(o => o.Key!.StartsWith("console-sign-in:")));
        Assert.False(await db.StaffSignIns.AnyAsync());
    }

    [Fact]
    public async Task RequestCode_ParticipantsNip_NothingSent()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);

        await client.RequestCodeAsync(DemoPeople.Nip);

        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LatsarDb>().StaffSignIns.AnyAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_BadRequestAndNoCodeSent()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);

        var response = await client.PostAsync("/console/masuk", [new("nip", ConsoleStaff.Organiser)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LatsarDb>().StaffSignIns.AnyAsync());
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, ConsoleStaff.Organiser);

        var signOut = await client.SubmitAsync("/console", "/console/keluar");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/console/masuk", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutToken_Refused()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, ConsoleStaff.Organiser);

        var signOut = await client.PostAsync("/console/keluar", []);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/console")).StatusCode);
    }

    [Theory]
    [InlineData("/console/masuk")]
    [InlineData("/console")]
    public async Task Pages_SecurityHeaders_NoScriptNoCache(string path)
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        using var client = new ConsoleClient(host.BaseAddress);
        await client.SignInAsync(host.Services, ConsoleStaff.Organiser);

        var response = await client.GetAsync(path);

        Assert.Equal(ConsoleHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
