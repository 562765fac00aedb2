using System.Diagnostics;
using System.Globalization;
using LatsarBot.Core.Participants;
using LatsarBot.Roster;
using LatsarBot.Testing;
using LatsarBot.Testing.StaffConsole;

// A 1,000-row roster as an organiser's XLSX (nip, nama, instansi, hp, angkatan, kelas; 25 classes of 40), imported the
// way the console's confirmation imports it: RosterImporter on the file's bytes, all or nothing, codes in the result.
// Each round gets a fresh migrated SQLite file, so every round creates 1,000 people and 25 classes.
const int Rows = 1000;
const int Rounds = 5;
var rows = Enumerable.Range(0, Rows).Select(i => new string?[]
{
    new DateOnly(1985, 1, 1).AddDays(i).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "202203" + "1" + "001",
    $"Peserta Bench {i:0000}", "Dinas Contoh Kabupaten", "0812 3456 " + i.ToString("0000", CultureInfo.InvariantCulture),
}).ToList();
var xlsx = RosterWorkbook.Xlsx(rows, ("Angkatan Bench", "Kelas 01"));
var options = new RosterImportOptions { Institution = "BPSDM Bench", AllOrNothing = true, CodesInResult = true };

var parse = new List<double>();
var validate = new List<double>();
var import = new List<double>();
var reimport = new List<double>();
for (var round = 0; round <= Rounds; round++)
{
    var clock = Stopwatch.StartNew();
    var file = RosterReader.Read(xlsx);
    parse.Add(clock.Elapsed.TotalMilliseconds);
    clock.Restart();
    var valid = RosterValidator.CheckAll(file.Rows).Count(c => c.IsValid);
    validate.Add(clock.Elapsed.TotalMilliseconds);

    await using var database = TestDatabase.Sqlite();
    await database.MigrateAsync();
    await using (var db = database.NewContext())
    {
        clock.Restart();
        var result = await new RosterImporter(db, TestCodes.Hasher).ImportAsync(xlsx, options, CancellationToken.None);
        import.Add(clock.Elapsed.TotalMilliseconds);
        if (!result.Committed || result.Created != Rows || valid != Rows)
        {
            throw new InvalidOperationException($"round {round}: {result.Error ?? $"{result.Created} created, {result.Rejected} rejected"}");
        }
    }

    await using (var db = database.NewContext())
    {
        // The same file again: 1,000 people found by NIP and left unchanged, the organiser's second upload.
        clock.Restart();
        var again = await new RosterImporter(db, TestCodes.Hasher).ImportAsync(xlsx, options, CancellationToken.None);
        reimport.Add(clock.Elapsed.TotalMilliseconds);
        if (again.Unchanged != Rows)
        {
            throw new InvalidOperationException($"round {round}: re-import left {again.Unchanged} unchanged");
        }
    }
}

// Round 0 pays for JIT and MiniExcel's first load; it is reported on its own.
static string Figures(List<double> ms) =>
    $"first {ms[0]:F0} ms, then median {ms.Skip(1).Order().ElementAt(Rounds / 2):F0} ms (min {ms.Skip(1).Min():F0}, max {ms.Skip(1).Max():F0})";

Console.WriteLine($"XLSX roster of {Rows} rows ({xlsx.Length / 1024} KB), {Rounds} rounds after a first, each on a fresh migrated SQLite file in a temp folder:");
Console.WriteLine($"  parse (MiniExcel → rows):              {Figures(parse)}");
Console.WriteLine($"  validate (Core roster rules):          {Figures(validate)}");
Console.WriteLine($"  import (parse + validate + write):     {Figures(import)}");
Console.WriteLine($"  re-import, all unchanged:              {Figures(reimport)}");
