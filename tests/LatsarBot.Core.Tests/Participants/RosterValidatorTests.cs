using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Participants;

public sealed class RosterValidatorTests
{
    private const string ValidNip = "199001012022031001";

    public sealed class Check
    {
        [Fact]
        public void Check_FullParticipantRow_ReturnsNormalisedEntry()
        {
            var row = ARow() with
            {
                Nip = "19900101 202203 1 001",
                Name = "  Andi    Pratama ",
                Agency = " Pemerintah Kota Bandung ",
                Phone = "0812-3456-7890",
                Email = " andi@bandung.go.id ",
                TimeZone = "wita",
                Language = "EN",
                Cohort = "Angkatan  I",
                Class = "Kelas A",
                Ndh = "07",
                Role = "Peserta",
            };

            var check = RosterValidator.Check(row);

            var entry = Assert.IsType<RosterEntry>(check.Entry);
            Assert.Empty(check.Reasons);
            Assert.Equal(ValidNip, entry.Nip.Value);
            Assert.Equal("Andi Pratama", entry.Name);
            Assert.Equal("Pemerintah Kota Bandung", entry.Agency);
            Assert.Equal("6281234567890", entry.Phone);
            Assert.Equal("andi@bandung.go.id", entry.Email);
            Assert.Equal(TimeZoneCode.Wita, entry.TimeZone);
            Assert.Equal(Language.En, entry.Language);
            Assert.Equal("Angkatan I", entry.Cohort);
            Assert.Equal("Kelas A", entry.Class);
            Assert.Equal(7, entry.Ndh);
            Assert.Equal(Role.Participant, entry.Role);
            Assert.Equal(row.Line, entry.Line);
        }

        [Fact]
        public void Check_OptionalFieldsBlank_LeavesThemUnsetSoExistingValuesSurvive()
        {
            var row = ARow() with { Phone = " ", Email = "", TimeZone = null, Language = "", Ndh = null, Role = "" };

            var check = RosterValidator.Check(row);

            var entry = Assert.IsType<RosterEntry>(check.Entry);
            Assert.Equal(Role.Participant, entry.Role);
            Assert.Null(entry.Phone);
            Assert.Null(entry.Email);
            Assert.Null(entry.TimeZone);
            Assert.Null(entry.Language);
            Assert.Null(entry.Ndh);
        }

        [Theory]
        // Nip.Parse's errors, one rule each, quoting the offending part back.
        [InlineData("", RosterRules.NipRequired, "NIP is required")]
        [InlineData("   ", RosterRules.NipRequired, "NIP is required")]
        [InlineData("19900101A022031001", RosterRules.NipDigits, "got '19900101A022031001'")]
        [InlineData("1.99001E+17", RosterRules.NipDigits, "format the NIP column as Text")]
        [InlineData("19900101202203100", RosterRules.NipLength, "NIP must have 18 digits, got 17")]
        [InlineData("1990010120220310011", RosterRules.NipLength, "NIP must have 18 digits, got 19")]
        [InlineData("199002302022031001", RosterRules.NipBirthDate, "got 19900230")]
        [InlineData("189912312022031001", RosterRules.NipBirthDate, "got 18991231")]
        [InlineData("199001012022131001", RosterRules.NipAppointmentMonth, "got 202213")]
        [InlineData("199001011989121001", RosterRules.NipAppointmentMonth, "got 198912")]
        [InlineData("199001012022033001", RosterRules.NipGender, "got 3")]
        public void Check_MalformedNip_RejectsWithTheNipRule(string nip, string rule, string messagePart)
        {
            var row = ARow() with { Nip = nip };

            var check = RosterValidator.Check(row);

            Assert.Null(check.Entry);
            var reason = Assert.Single(check.Reasons);
            Assert.Equal(rule, reason.Rule);
            Assert.Contains(messagePart, reason.Message, StringComparison.Ordinal);
        }

        public static TheoryData<RosterRow, string> BrokenRows => new()
        {
            { ARow() with { Name = null }, RosterRules.NameRequired },
            { ARow() with { Name = "  " }, RosterRules.NameRequired },
            { ARow() with { Name = "Al" }, RosterRules.NameLength },
            { ARow() with { Name = new string('a', 201) }, RosterRules.NameLength },
            { ARow() with { Role = "ketua kelas" }, RosterRules.RoleUnknown },
            { ARow() with { Cohort = null }, RosterRules.CohortRequired },
            { ARow() with { Class = " " }, RosterRules.ClassRequired },
            { ARow() with { Cohort = new string('c', 201) }, RosterRules.CohortLength },
            { ARow() with { Class = new string('k', 101) }, RosterRules.ClassLength },
            { ARow() with { Agency = new string('i', 201) }, RosterRules.AgencyLength },
            { ARow() with { Phone = "12345" }, RosterRules.PhoneInvalid },
            { ARow() with { Phone = "021-555-1234-5678-9" }, RosterRules.PhoneInvalid },
            { ARow() with { Email = "andi" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "andi@" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "@bandung.go.id" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "andi@localhost" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "andi pratama@bandung.go.id" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "andi@@bandung.go.id" }, RosterRules.EmailInvalid },
            { ARow() with { Email = "andi@bandung..go.id" }, RosterRules.EmailInvalid },
            { ARow() with { Email = new string('a', 190) + "@bandung.go.id" }, RosterRules.EmailInvalid },
            { ARow() with { TimeZone = "GMT+7" }, RosterRules.TimeZoneUnknown },
            { ARow() with { Language = "jawa" }, RosterRules.LanguageUnknown },
            { ARow() with { Ndh = "0" }, RosterRules.NdhInvalid },
            { ARow() with { Ndh = "-3" }, RosterRules.NdhInvalid },
            { ARow() with { Ndh = "1.5" }, RosterRules.NdhInvalid },
            { ARow() with { Ndh = "tiga" }, RosterRules.NdhInvalid },
        };

        [Theory, MemberData(nameof(BrokenRows))]
        public void Check_OneBrokenField_RejectsWithItsRule(RosterRow row, string rule)
        {
            var check = RosterValidator.Check(row);

            Assert.Null(check.Entry);
            Assert.Equal(rule, Assert.Single(check.Reasons).Rule);
        }

        [Theory]
        [InlineData("participant", Role.Participant)]
        [InlineData("peserta", Role.Participant)]
        [InlineData("coach", Role.Coach)]
        [InlineData("Pembimbing", Role.Coach)]
        [InlineData("mentor", Role.Mentor)]
        [InlineData("examiner", Role.Examiner)]
        [InlineData("PENGUJI", Role.Examiner)]
        [InlineData("organiser", Role.Organiser)]
        [InlineData("penyelenggara", Role.Organiser)]
        [InlineData("panitia", Role.Organiser)]
        public void Check_RoleInEnglishOrIndonesian_IsRecognised(string text, Role expected)
        {
            var row = ARow() with { Role = text };

            var check = RosterValidator.Check(row);

            Assert.Equal(expected, check.Entry?.Role);
        }

        [Theory]
        [InlineData("coach")]
        [InlineData("penyelenggara")]
        public void Check_StaffWithoutCohortOrClass_IsValid(string role)
        {
            var row = ARow() with { Role = role, Cohort = null, Class = null };

            var check = RosterValidator.Check(row);

            Assert.True(check.IsValid);
        }

        [Theory]
        [InlineData("WIB", TimeZoneCode.Wib)]
        [InlineData("wita", TimeZoneCode.Wita)]
        [InlineData("WIT", TimeZoneCode.Wit)]
        public void Check_TimeZone_IsParsed(string text, TimeZoneCode expected)
        {
            var row = ARow() with { TimeZone = text };

            var check = RosterValidator.Check(row);

            Assert.Equal(expected, check.Entry?.TimeZone);
        }

        [Fact]
        public void Check_SeveralBrokenFields_ReportsEveryReason()
        {
            var row = ARow() with { Nip = "19900101202203100", Name = "", Phone = "12", Cohort = null };

            var check = RosterValidator.Check(row);

            Assert.Equal(
                [RosterRules.NipLength, RosterRules.NameRequired, RosterRules.CohortRequired, RosterRules.PhoneInvalid],
                check.Reasons.Select(r => r.Rule));
        }
    }

    public sealed class CheckAll
    {
        [Fact]
        public void CheckAll_NipRepeated_RejectsTheSecondOccurrenceNamingTheFirstLine()
        {
            var rows = new[] { ARow(line: 2, nip: ValidNip), ARow(line: 3, nip: "199505152022032002"), ARow(line: 4, nip: ValidNip) };

            var checks = RosterValidator.CheckAll(rows);

            Assert.Equal([true, true, false], checks.Select(c => c.IsValid));
            var reason = Assert.Single(checks[2].Reasons);
            Assert.Equal(RosterRules.NipDuplicate, reason.Rule);
            Assert.Equal($"NIP {ValidNip} already appears on line 2", reason.Message);
        }

        [Fact]
        public void CheckAll_SameNipWrittenWithSpaces_CountsAsDuplicate()
        {
            var rows = new[] { ARow(line: 2, nip: ValidNip), ARow(line: 5, nip: "19900101 202203 1 001") };

            var checks = RosterValidator.CheckAll(rows);

            Assert.Equal(RosterRules.NipDuplicate, Assert.Single(checks[1].Reasons).Rule);
        }

        [Fact]
        public void CheckAll_FirstOccurrenceInvalid_StillRejectsTheSecond()
        {
            var rows = new[] { ARow(line: 2, nip: ValidNip) with { Name = "" }, ARow(line: 3, nip: ValidNip) };

            var checks = RosterValidator.CheckAll(rows);

            Assert.Equal([RosterRules.NameRequired], checks[0].Reasons.Select(r => r.Rule));
            Assert.Equal([RosterRules.NipDuplicate], checks[1].Reasons.Select(r => r.Rule));
        }

        [Fact]
        public void CheckAll_DistinctNips_AcceptsAllInFileOrder()
        {
            var rows = new[] { ARow(line: 2, nip: ValidNip), ARow(line: 3, nip: "199505152022032002") };

            var checks = RosterValidator.CheckAll(rows);

            Assert.Equal([2, 3], checks.Select(c => c.Entry?.Line));
        }
    }

    private static RosterRow ARow(int line = 2, string nip = ValidNip) => new()
    {
        Line = line,
        Nip = nip,
        Name = "Andi Pratama",
        Cohort = "Angkatan I",
        Class = "Kelas A",
    };
}
