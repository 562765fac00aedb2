using System.IO.Compression;
using System.Net;
using System.Text.Json;
using LatsarBot.Core.Participants;
using LatsarBot.Data;
using LatsarBot.Data.Audit;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Tests.PersonalData;

/// <summary>The participant page's export, correction and erasure over real HTTP: organisers of the institution and LAN admins only, each audited.</summary>
public sealed class ConsolePersonalDataTests
{
    private const string AndiNip = "199001012022031001";

    [Fact]
    public async Task Export_correct_and_erase_from_the_participant_page_are_for_the_institutions_organiser_and_audited()
    {
        await using var host = await TestHost.StartAsync();
        await ConsoleStaff.ArrangeAsync(host.Services);
        var ids = await ConsoleStaff.ArrangeRecordsAsync(host.Services);
        var andi = ids["andi"];
        var page = $"/console/peserta/{andi}";

        using (var coach = new ConsoleClient(host.BaseAddress))
        using (var stranger = new ConsoleClient(host.BaseAddress))
        {
            await coach.SignInAsync(host.Services, ConsoleStaff.Coach);
            await stranger.SignInAsync(host.Services, ConsoleStaff.OtherOrganiser);
            Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync(page + "/data.zip")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(page + "/data.zip")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await coach.SubmitAsync(page, page + "/hapus", ("confirm", AndiNip))).StatusCode);
        }

        using var rina = new ConsoleClient(host.BaseAddress);
        await rina.SignInAsync(host.Services, ConsoleStaff.Organiser);
        var download = await rina.GetAsync(page + "/data.zip");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read))
        using (var data = JsonDocument.Parse(zip.GetEntry("data.json")!.Open()))
        {
            var tables = data.RootElement.GetProperty("tables");
            Assert.Equal(AndiNip, tables.GetProperty("people")[0].GetProperty("Nip").GetString());
            Assert.True(tables.GetProperty("actualization_log").GetArrayLength() > 0);
            Assert.True(tables.GetProperty("coaching_messages").GetArrayLength() > 0);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await rina.SubmitAsync(page, page + "/koreksi", ("name", "Andi Pratama"), ("phone", "0812 9999 0000"), ("email", ""))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await rina.SubmitAsync(page, page + "/koreksi", ("phone", "12"))).StatusCode);
        Assert.Equal("6281299990000", await QueryAsync(host, db => db.People.Where(p => p.Id == andi).Select(p => p.Phone).SingleAsync()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await rina.SubmitAsync(page, page + "/hapus", ("confirm", "199202022022032003"))).StatusCode);
        Assert.True(await QueryAsync(host, db => db.People.AnyAsync(p => p.Nip == Nip.FromTrusted(AndiNip))));
        var erased = await rina.SubmitAsync(page, page + "/hapus", ("confirm", AndiNip));
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);

        Assert.Empty(await QueryAsync(host, db => PersonErasureTests.RowsNamingAsync(db, [AndiNip, "Andi Pratama", "6281299990000"])));
        var audit = await QueryAsync(host, db => db.AuditEntries.OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditActions.PersonExport, AuditActions.PersonCorrect, AuditActions.PersonErase], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(("console", "Organiser"), (a.Channel, a.ActorRole)));
        Assert.Equal("phone", audit[1].Detail);
        var pseudonym = await QueryAsync(host, db => db.People.Where(p => p.Id == andi).Select(p => p.Name).SingleAsync());
        Assert.Equal(pseudonym, audit[2].Subject);
        Assert.Equal(HttpStatusCode.OK, (await rina.GetAsync(page)).StatusCode);
    }

    private static async Task<T> QueryAsync<T>(TestHost host, Func<LatsarDb, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LatsarDb>());
    }
}
