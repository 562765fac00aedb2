using System.Net;
using LatsarBot.Data;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

        // Facilitator and examiner: the classes they are appointed to; one appointed nowhere sees nothing.
        { ConsoleStaff.Facilitator, "/console", HttpStatusCode.OK, "Kelas A", "Kelas B1" },
        { ConsoleStaff.Facilitator, "/console/kelas/" + DemoClass, HttpStatusCode.OK, Andi, Other },
        { ConsoleStaff.Facilitator, "/console/kelas/" + OtherClass, HttpStatusCode.Forbidden, null, Other },
        { ConsoleStaff.Facilitator, "/console/simulasi", HttpStatusCode.OK, "647 JP", null },
        { ConsoleStaff.FacilitatorWithNoClass, "/console", HttpStatusCode.OK, "Belum ada kelas", "Kelas A" },
        { ConsoleStaff.FacilitatorWithNoClass, "/console/kelas/" + DemoClass, HttpStatusCode.Forbidden, null, Andi },
        { ConsoleStaff.Examiner, "/console/kelas/" + DemoClass, HttpStatusCode.OK, "Siti Rahmawati", Other },
        { ConsoleStaff.Examiner, "/console/kelas/" + OtherClass, HttpStatusCode.Forbidden, null, Other },

        // Mentor: their mentees only (Andi, not Siti).
        { ConsoleStaff.Mentor, "/console", HttpStatusCode.OK, "Kelas A", "Kelas B1" },
        { ConsoleStaff.Mentor, "/console/kelas/" + DemoClass, HttpStatusCode.OK, Andi, "Siti Rahmawati" },
        { ConsoleStaff.Mentor, "/console/kelas/" + OtherClass, HttpStatusCode.Forbidden, null, Other },

        // A coach of the other institution: their participant, never the demo's.
        { ConsoleStaff.OtherCoach, "/console/kelas/" + OtherClass, HttpStatusCode.OK, Other, Andi },
        { ConsoleStaff.OtherCoach, "/console/kelas/" + DemoClass, HttpStatusCode.Forbidden, null, Andi },
    };

    /// <summary>Pages for those who manage (organisers, LAN admins): everyone else is refused, and nobody reaches another institution's.</summary>
    public static readonly string[] ManagePages =
    [
        "/console/angkatan", "/console/angkatan/{democohort}", "/console/angkatan/{othercohort}",
        "/console/kelas/{demo}/atur", "/console/kelas/{other}/atur", "/console/kelas/{demo}/kode", "/console/kelas/{other}/kode",
        "/console/pengumuman", "/console/pengumuman/{demoann}", "/console/pengumuman/{otherann}",
    ];

    /// <summary>Every form the console posts to, with the demo institution's ids (what another institution's organiser tries).</summary>
    public static readonly (string Path, (string Name, string Value)[] Fields)[] PostEndpoints =
    [
        ("/console/angkatan/{democohort}/nama", [("name", "Diganti Orang Lain")]),
        ("/console/angkatan/{democohort}/kelas", [("name", "Kelas Orang Lain")]),
        ("/console/angkatan/{democohort}/jadwal", [("mooc_from", "2027-01-04"), ("mooc_to", "2027-01-31")]),
        ("/console/kelas/{demo}/atur/nama", [("name", "Diganti Orang Lain")]),
        ("/console/kelas/{demo}/atur/staf", [("staffId", "{examinerid}"), ("role", "Coach")]),
        ("/console/kelas/{demo}/atur/staf/hapus", [("assignmentId", "{assignment}")]),
        ("/console/kelas/{demo}/atur/jadwal", [("mooc_from", "2027-01-04"), ("mooc_to", "2027-01-31")]),
        ("/console/kelas/{demo}/kode", [("p", "{siti}")]),
        ("/console/kelas/{demo}/kode/cabut", [("p", "{siti}")]),
        ("/console/pengumuman/pratinjau", [("audience", "k:{demo}"), ("text", "Halo"), ("when", "")]),
        ("/console/pengumuman", [("audience", "k:{demo}"), ("text", "Halo"), ("when", "")]),
        ("/console/pengumuman/{demoann}/batal", []),
    ];

    /// <summary>Every POST × every role but the demo's own managers: 403, or 400 where no id in the URL names the demo (the audience is not theirs).</summary>
    public static TheoryData<string, int> PostMatrix()
    {
        var data = new TheoryData<string, int>();
        foreach (var role in Roles.Where(r => r is not (ConsoleStaff.LanAdmin or ConsoleStaff.Organiser)))
        {
            for (var i = 0; i < PostEndpoints.Length; i++)
            {
                data.Add(role, i);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(PostMatrix))]
    public async Task Post_EachRoleOutsideTheDemo_RefusedAndNothingChanged(string nip, int endpoint)
    {
        var client = await hosted.SignedInAsync(nip);
        var (path, fields) = PostEndpoints[endpoint];
        var before = await hosted.FingerprintAsync();

        var response = await client.SubmitAsync("/console", hosted.Resolve(path), [.. fields.Select(f => (f.Name, hosted.Resolve(f.Value)))]);

        var noIdOfTheDemo = nip == ConsoleStaff.OtherOrganiser && path.StartsWith("/console/pengumuman", StringComparison.Ordinal) && !path.Contains("{demoann}", StringComparison.Ordinal);
        Assert.Equal(noIdOfTheDemo ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Andi, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Rahmawati", body, StringComparison.Ordinal);
        Assert.Equal(before, await hosted.FingerprintAsync());
    }

    public static readonly string[] Roles =
    [
        ConsoleStaff.LanAdmin, ConsoleStaff.Organiser, ConsoleStaff.OtherOrganiser, ConsoleStaff.Coach, ConsoleStaff.CoachWithNobody, ConsoleStaff.Facilitator,
        ConsoleStaff.FacilitatorWithNoClass, ConsoleStaff.Examiner, ConsoleStaff.Mentor, ConsoleStaff.OtherCoach,
    ];

    /// <summary>Every manage page × every role: LAN admin everything, an organiser their institution's, the rest 403.</summary>
    public static TheoryData<string, string> ManageMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles)
        {
            foreach (var page in ManagePages)
            {
                data.Add(role, page);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(ManageMatrix))]
    public async Task ManagePage_EachRole_OnlyManagersOfThatInstitution(string nip, string page)
    {
        var client = await hosted.SignedInAsync(nip);
        var other = page.Contains("{other", StringComparison.Ordinal);
        var expected = nip == ConsoleStaff.LanAdmin
            || (nip == ConsoleStaff.Organiser && !other)
            || (nip == ConsoleStaff.OtherOrganiser && (other || !page.Contains('{', StringComparison.Ordinal)));

        var response = await client.GetAsync(hosted.Resolve(page));

        Assert.Equal(expected ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (!expected)
        {
            Assert.DoesNotContain(Andi, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Other, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Angkatan I Tahun 2026", body, StringComparison.Ordinal);
        }
        else if (page.Contains("/kode", StringComparison.Ordinal))
        {
            Assert.Contains(other ? Other : Andi, body, StringComparison.Ordinal);
            Assert.DoesNotContain(other ? Andi : Other, body, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The participant page × every role, with the other institution's participant id tried: the record for whoever's scope
    /// holds them; the logbook for the coach and the mentor; the thread for the coach only (LogbookAccess).
    /// </summary>
    public static TheoryData<string, string, HttpStatusCode, string[], string[]> ParticipantMatrix => new()
    {
        { ConsoleStaff.LanAdmin, "{andi}", HttpStatusCode.OK, [Andi], [ConsoleStaff.LogbookText, ConsoleStaff.ThreadText] },
        { ConsoleStaff.LanAdmin, "{otherp}", HttpStatusCode.OK, [Other], [Andi] },
        { ConsoleStaff.Organiser, "{andi}", HttpStatusCode.OK, [Andi, "hanya dapat dibaca peserta, coach, dan mentornya"], [ConsoleStaff.LogbookText, ConsoleStaff.ThreadText] },
        { ConsoleStaff.Organiser, "{otherp}", HttpStatusCode.Forbidden, [], [Other] },
        { ConsoleStaff.OtherOrganiser, "{andi}", HttpStatusCode.Forbidden, [], [Andi] },
        { ConsoleStaff.OtherOrganiser, "{otherp}", HttpStatusCode.OK, [Other], [] },
        { ConsoleStaff.Coach, "{andi}", HttpStatusCode.OK, [Andi, ConsoleStaff.LogbookText, ConsoleStaff.ThreadText], [] },
        { ConsoleStaff.Coach, "{otherp}", HttpStatusCode.Forbidden, [], [Other] },
        { ConsoleStaff.CoachWithNobody, "{andi}", HttpStatusCode.Forbidden, [], [Andi] },
        { ConsoleStaff.Facilitator, "{andi}", HttpStatusCode.OK, [Andi], [ConsoleStaff.LogbookText, ConsoleStaff.ThreadText] },
        { ConsoleStaff.FacilitatorWithNoClass, "{andi}", HttpStatusCode.Forbidden, [], [Andi] },
        { ConsoleStaff.Examiner, "{andi}", HttpStatusCode.OK, [Andi], [ConsoleStaff.LogbookText, ConsoleStaff.ThreadText] },
        { ConsoleStaff.Examiner, "{otherp}", HttpStatusCode.Forbidden, [], [Other] },
        { ConsoleStaff.Mentor, "{andi}", HttpStatusCode.OK, [Andi, ConsoleStaff.LogbookText], [ConsoleStaff.ThreadText] },
        { ConsoleStaff.Mentor, "{siti}", HttpStatusCode.Forbidden, [], ["Siti Rahmawati"] },
        { ConsoleStaff.OtherCoach, "{andi}", HttpStatusCode.Forbidden, [], [Andi] },
        { ConsoleStaff.OtherCoach, "{otherp}", HttpStatusCode.OK, [Other], [] },
        { ConsoleStaff.Organiser, "999999", HttpStatusCode.Forbidden, [], [] },
    };

    [Theory, MemberData(nameof(ParticipantMatrix))]
    public async Task ParticipantPage_EachRole_RecordByScopeLogbookByLogbookAccess(string nip, string participant, HttpStatusCode status, string[] shown, string[] never)
    {
        var client = await hosted.SignedInAsync(nip);

        var response = await client.GetAsync(hosted.Resolve("/console/peserta/" + participant));

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.All(shown, text => Assert.Contains(text, body, StringComparison.Ordinal));
        Assert.All(never, text => Assert.DoesNotContain(text, body, StringComparison.Ordinal));
    }

    /// <summary>The charts and a filtered table follow the class page's scope: the other institution's class id is a 403 for an organiser and a coach.</summary>
    [Theory]
    [InlineData(ConsoleStaff.Organiser, "/console/kelas/{demo}/grafik", HttpStatusCode.OK)]
    [InlineData(ConsoleStaff.Organiser, "/console/kelas/{other}/grafik", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.Coach, "/console/kelas/{other}/grafik", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.Mentor, "/console/kelas/{demo}/grafik", HttpStatusCode.OK)]
    [InlineData(ConsoleStaff.FacilitatorWithNoClass, "/console/kelas/{demo}/grafik", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.OtherOrganiser, "/console/kelas/{demo}?trofi_lt=28", HttpStatusCode.Forbidden)]
    [InlineData(ConsoleStaff.LanAdmin, "/console/kelas/{other}/grafik", HttpStatusCode.OK)]
    public async Task ChartsAndFilters_FollowTheClassScope(string nip, string page, HttpStatusCode status)
    {
        var client = await hosted.SignedInAsync(nip);

        var response = await client.GetAsync(hosted.Resolve(page));

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (status == HttpStatusCode.Forbidden)
        {
            Assert.DoesNotContain("<svg", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Andi, body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("<svg", body, StringComparison.Ordinal);
        }
    }

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
    [InlineData("/console/angkatan")]
    [InlineData("/console/kelas/" + DemoClass + "/kode")]
    [InlineData("/console/kelas/" + DemoClass + "/grafik")]
    [InlineData("/console/peserta/{andi}")]
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
        private Dictionary<string, int> _ids = [];

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

        public string Resolve(string page)
        {
            page = page.Replace(DemoClass, _classes.Demo.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace(OtherClass, _classes.Other.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            foreach (var (name, id) in _ids)
            {
                page = page.Replace("{" + name + "}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            return page;
        }

        public async Task InitializeAsync()
        {
            Host = await TestHost.StartAsync();
            _classes = await ConsoleStaff.ArrangeAsync(Host.Services);
            _ids = await ConsoleStaff.ArrangeRecordsAsync(Host.Services);
        }

        /// <summary>What a refused POST must leave as it was: names, codes, staff, calendars and announcements.</summary>
        public async Task<string> FingerprintAsync()
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LatsarDb>();
            var cohorts = await db.Cohorts.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync();
            var classes = await db.Classes.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync();
            var codes = await db.Participants.OrderBy(p => p.Id).Select(p => p.EnrolmentCodeHash ?? "-").ToListAsync();
            var staff = await db.ClassStaff.OrderBy(s => s.Id).Select(s => s.ClassId + ":" + s.StaffId).ToListAsync();
            var dates = await db.PhaseDates.CountAsync();
            var announcements = await db.Announcements.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Status).ToListAsync();
            return string.Join("|", cohorts.Concat(classes).Concat(codes).Concat(staff).Concat(announcements).Append(dates.ToString(System.Globalization.CultureInfo.InvariantCulture)));
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
