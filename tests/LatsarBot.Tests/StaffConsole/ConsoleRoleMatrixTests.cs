using System.Net;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;

namespace LatsarBot.Tests.StaffConsole;

/// <summary>
/// Issue 15, item 2: every console page × every role, with the other institution's class id in the URL. One host for
/// the class (the matrix only reads); each member of staff signs in once, through the real code flow.
/// </summary>
public sealed class ConsoleRoleMatrixTests(ConsoleRoleMatrixTests.Hosted hosted) : IClassFixture<ConsoleRoleMatrixTests.Hosted>
{
    private const string DemoClass = "{demo}";
    private const string OtherClass = "{other}";
    private const string NoClass = "/console/kelas/999999";
    private const string Andi = "Andi Pratama";
    private const string Other = ConsoleStaff.OtherParticipant;

    /// <summary>Role (by NIP), page, the status, a name the page must show, and a name it must never show.</summary>
    public static TheoryData<string, string, HttpStatusCode, string?, string?> Matrix => new()
    {
        // LAN admin: every institution.
        { ConsoleStaff.LanAdmin, "/console", HttpStatusCode.OK, ConsoleStaff.OtherInstitution, null },
        { ConsoleStaff.LanAdmin, "/console/kelas/" + DemoClass, HttpStatusCode.OK, Andi, Other },
        { ConsoleStaff.LanAdmin, "/console/kelas/" + OtherClass, HttpStatusCode.OK, Other, Andi },
        { ConsoleStaff.LanAdmin, NoClass, HttpStatusCode.Forbidden, null, Andi },
        { ConsoleStaff.LanAdmin, "/console/simulasi", HttpStatusCode.OK, "647 JP", null },

        // Organiser: their institution only.
        { ConsoleStaff.Organiser, "/console", HttpStatusCode.OK, "Kelas A", ConsoleStaff.OtherInstitution },
        { ConsoleStaff.Organiser, "/console/kelas/" + DemoClass, HttpStatusCode.OK, "Siti Rahmawati", Other },
        { ConsoleStaff.Organiser, "/console/kelas/" + OtherClass, HttpStatusCode.Forbidden, null, Other },
        { ConsoleStaff.Organiser, NoClass, HttpStatusCode.Forbidden, null, null },
        { ConsoleStaff.Organiser, "/console/simulasi", HttpStatusCode.OK, "511 JP", null },
        { ConsoleStaff.OtherOrganiser, "/console", HttpStatusCode.OK, "Kelas B1", "Kelas A" },
        { ConsoleStaff.OtherOrganiser, "/console/kelas/" + DemoClass, HttpStatusCode.Forbidden, null, Andi },
        { ConsoleStaff.OtherOrganiser, "/console/kelas/" + OtherClass, HttpStatusCode.OK, Other, Andi },

        // Coach: their participants only; a coach of nobody opens no class.
        { ConsoleStaff.Coach, "/console", HttpStatusCode.OK, "Kelas A", "Kelas B1" },
        { ConsoleStaff.Coach, "/console/kelas/" + DemoClass, HttpStatusCode.OK, Andi, Other },
        { ConsoleStaff.Coach, "/console/kelas/" + OtherClass, HttpStatusCode.Forbidden, null, Other },
        { ConsoleStaff.Coach, "/console/simulasi", HttpStatusCode.OK, "647 JP", null },
        { ConsoleStaff.CoachWithNobody, "/console", HttpStatusCode.OK, "Belum ada kelas", "Kelas A" },
        { ConsoleStaff.CoachWithNobody, "/console/kelas/" + DemoClass, HttpStatusCode.Forbidden, null, Andi },

        // Facilitator: signs in, sees no participant yet.
        { ConsoleStaff.Facilitator, "/console", HttpStatusCode.OK, "Belum ada kelas", "Kelas A" },
        { ConsoleStaff.Facilitator, "/console/kelas/" + DemoClass, HttpStatusCode.Forbidden, null, Andi },
        { ConsoleStaff.Facilitator, "/console/simulasi", HttpStatusCode.OK, "647 JP", null },
    };

    [Theory, MemberData(nameof(Matrix))]
    public async Task Page_SignedInRole_SeesOnlyItsScope(string nip, string page, HttpStatusCode status, string? shown, string? never)
    {
        var client = await hosted.SignedInAsync(nip);

        var response = await client.GetAsync(hosted.Resolve(page));

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (shown is not null)
        {
            Assert.Contains(shown, body, StringComparison.Ordinal);
        }

        if (never is not null)
        {
            Assert.DoesNotContain(never, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/kelas/" + DemoClass)]
    [InlineData("/console/kelas/" + OtherClass)]
    [InlineData("/console/simulasi")]
    public async Task Page_NotSignedIn_SentToSignIn(string page)
    {
        using var client = new ConsoleClient(hosted.Host.BaseAddress);

        var response = await client.GetAsync(hosted.Resolve(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>The host, and one signed-in client per member of staff (tests of a class run one at a time, so they can share).</summary>
    public sealed class Hosted : IAsyncLifetime
    {
        private readonly Dictionary<string, ConsoleClient> _clients = new(StringComparer.Ordinal);
        private (int Demo, int Other) _classes;

        public async Task<ConsoleClient> SignedInAsync(string nip)
        {
            if (!_clients.TryGetValue(nip, out var client))
            {
                client = new ConsoleClient(Host.BaseAddress);
                await client.SignInAsync(Host.Services, nip);
                _clients[nip] = client;
            }

            return client;
        }

        public TestHost Host { get; private set; } = null!;

        public string Resolve(string page) =>
            page.Replace(DemoClass, _classes.Demo.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace(OtherClass, _classes.Other.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        public async Task InitializeAsync()
        {
            Host = await TestHost.StartAsync();
            _classes = await ConsoleStaff.ArrangeAsync(Host.Services);
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            await Host.DisposeAsync();
        }
    }
}
