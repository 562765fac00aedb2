using LatsarBot.Core.Actualization;
using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Tests.Actualization;

/// <summary>The row rules of `actualization plan-import`: for each rule a row that breaks it and one that passes it.</summary>
public sealed class PlanValidatorTests
{
    private const string Andi = "199001012022031001";
    private const string Siti = "199505152022032002";
    private const string Outsider = "199912312022031009";
    private const string Mentor = "197909092005011007";
    private const string OtherMentor = "198003032006041002";

    public sealed class Check
    {
        [Fact]
        public void Check_FullRow_ReturnsTidiedEntry()
        {
            var row = ARow() with
            {
                Nip = "19900101 202203 1 001",
                Activity = "  Digitalisasi   arsip ",
                Output = "Arsip\ndigital",
                Values = "Akuntabel, Adaptif",
                Mission = " Misi 2 ",
                MentorNip = Mentor,
                MentorName = " Drs.  Bambang Irawan ",
                MentorPhone = "0813 1111 2222",
            };

            var check = PlanValidator.Check(row, AFacts());

            var entry = Assert.IsType<PlanEntry>(check.Entry);
            Assert.Empty(check.Reasons);
            Assert.Equal((row.Line, Andi), (entry.Line, entry.Nip.Value));
            Assert.Equal(new PlanEntryActivity("Digitalisasi arsip", "Arsip digital", BerAkhlakValues.Akuntabel | BerAkhlakValues.Adaptif, "Misi 2"), entry.Activity);
            Assert.Equal(new PlanEntryMentor(Mentor, "Drs. Bambang Irawan", "6281311112222"), entry.Mentor);
        }

        [Fact]
        public void Check_RowBreakingSeveralRules_ListsEveryReasonInColumnOrder()
        {
            var row = ARow() with { Activity = new string('a', 301), Output = null, Values = "Jujur", MentorNip = Mentor, MentorName = "Drs. Bambang", MentorPhone = "12" };

            var check = PlanValidator.Check(row, AFacts());

            Assert.Null(check.Entry);
            Assert.Equal([PlanRules.ActivityLength, PlanRules.OutputRequired, PlanRules.ValuesUnknown, PlanRules.MentorPhone], check.Reasons.Select(r => r.Rule));
        }

        [Theory]
        [InlineData(null, "the participant's NIP is required")]
        [InlineData(" ", "the participant's NIP is required")]
        [InlineData("1990", "'1990' is not a valid NIP (WrongLength)")]
        public void Check_NipNotANip_RejectsAsInvalid(string? nip, string message)
        {
            var check = PlanValidator.Check(ARow() with { Nip = nip }, AFacts());

            Assert.Null(check.Entry);
            Assert.Equal([new RosterReason(PlanRules.NipInvalid, message)], check.Reasons);
        }

        [Fact]
        public void Check_NipWithSeparators_AcceptsTheDigits()
        {
            var check = PlanValidator.Check(ARow() with { Nip = "19900101.202203.1.001" }, AFacts());

            Assert.Equal(Andi, check.Entry?.Nip.Value);
        }

        [Fact]
        public void Check_NipOfSomeoneOutsideTheCohort_RejectsAsNotInCohort()
        {
            var check = PlanValidator.Check(ARow() with { Nip = Outsider }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.NipNotInCohort, $"NIP {Outsider} is not a participant of Angkatan I")], check.Reasons);
        }

        [Fact]
        public void Check_NipOfAParticipantOfTheCohort_Accepts()
        {
            var check = PlanValidator.Check(ARow() with { Nip = Siti }, AFacts());

            Assert.Equal(Siti, check.Entry?.Nip.Value);
        }

        [Fact]
        public void Check_OutputWithoutActivity_RejectsAsActivityRequired()
        {
            var check = PlanValidator.Check(ARow() with { Activity = " " }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.ActivityRequired, "the activity (kegiatan) is required")], check.Reasons);
        }

        [Fact]
        public void Check_MentorOnlyRow_AcceptsWithoutActivity()
        {
            var row = new PlanRow { Line = 2, Nip = Andi, MentorNip = Mentor, MentorName = "Drs. Bambang Irawan" };

            var check = PlanValidator.Check(row, AFacts());

            var entry = Assert.IsType<PlanEntry>(check.Entry);
            Assert.Null(entry.Activity);
            Assert.Equal(Mentor, entry.Mentor?.Nip);
        }

        [Fact]
        public void Check_ActivityOf301Characters_RejectsAsTooLong()
        {
            var check = PlanValidator.Check(ARow() with { Activity = new string('a', 301) }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.ActivityLength, "the activity must have at most 300 characters, got 301")], check.Reasons);
        }

        [Fact]
        public void Check_ActivityOf300Characters_Accepts()
        {
            var check = PlanValidator.Check(ARow() with { Activity = new string('a', 300) }, AFacts());

            Assert.Equal(300, check.Entry?.Activity?.Title.Length);
        }

        [Fact]
        public void Check_NoOutput_RejectsAsOutputRequired()
        {
            var check = PlanValidator.Check(ARow() with { Output = null }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.OutputRequired, "the expected output (output) is required")], check.Reasons);
        }

        [Fact]
        public void Check_OutputWithRunsOfWhitespace_AcceptsItTidied()
        {
            var check = PlanValidator.Check(ARow() with { Output = "  Laporan   survei " }, AFacts());

            Assert.Equal("Laporan survei", check.Entry?.Activity?.ExpectedOutput);
        }

        [Fact]
        public void Check_OutputOf1001Characters_RejectsAsTooLong()
        {
            var check = PlanValidator.Check(ARow() with { Output = new string('o', 1001) }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.OutputLength, "the expected output must have at most 1000 characters, got 1001")], check.Reasons);
        }

        [Fact]
        public void Check_OutputOf1000Characters_Accepts()
        {
            var check = PlanValidator.Check(ARow() with { Output = new string('o', 1000) }, AFacts());

            Assert.Equal(1000, check.Entry?.Activity?.ExpectedOutput.Length);
        }

        [Theory]
        [InlineData(null)]
        [InlineData(" , ; ")]
        public void Check_NoValue_RejectsAsValuesRequired(string? values)
        {
            var check = PlanValidator.Check(ARow() with { Values = values }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.ValuesRequired, "name at least one BerAKHLAK value the activity serves")], check.Reasons);
        }

        [Fact]
        public void Check_OneValue_AcceptsIt()
        {
            var check = PlanValidator.Check(ARow() with { Values = "kompeten" }, AFacts());

            Assert.Equal(BerAkhlakValues.Kompeten, check.Entry?.Activity?.Values);
        }

        [Fact]
        public void Check_UnknownValueAmongKnownOnes_RejectsNamingTheUnknown()
        {
            var check = PlanValidator.Check(ARow() with { Values = "Akuntabel, Jujur; Loyal | Rajin" }, AFacts());

            Assert.Equal(
                [new RosterReason(PlanRules.ValuesUnknown,
                    "BerAKHLAK values are Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif; got 'Jujur', 'Rajin'")],
                check.Reasons);
        }

        [Fact]
        public void Check_ValuesInIndonesianAndEnglishWithAnySeparator_AcceptsEveryOne()
        {
            var check = PlanValidator.Check(ARow() with { Values = "Berorientasi Pelayanan | accountable / Harmonious; kolaboratif" }, AFacts());

            Assert.Equal(
                BerAkhlakValues.BerorientasiPelayanan | BerAkhlakValues.Akuntabel | BerAkhlakValues.Harmonis | BerAkhlakValues.Kolaboratif,
                check.Entry?.Activity?.Values);
        }

        [Fact]
        public void Check_MissionOf1001Characters_RejectsAsTooLong()
        {
            var check = PlanValidator.Check(ARow() with { Mission = new string('m', 1001) }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.MissionLength, "the mission link must have at most 1000 characters, got 1001")], check.Reasons);
        }

        [Fact]
        public void Check_MissionOf1000Characters_Accepts()
        {
            var check = PlanValidator.Check(ARow() with { Mission = new string('m', 1000) }, AFacts());

            Assert.Equal(1000, check.Entry?.Activity?.MissionLink?.Length);
        }

        [Theory]
        [InlineData(null, "the mentor's NIP (mentor_nip) is needed to know who the mentor is")]
        [InlineData("1979", "the mentor's NIP '1979' is not valid (WrongLength)")]
        public void Check_MentorNameWithoutAValidMentorNip_RejectsAsMentorNip(string? mentorNip, string message)
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = mentorNip, MentorName = "Drs. Bambang Irawan" }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.MentorNip, message)], check.Reasons);
        }

        [Fact]
        public void Check_NoMentorCells_AcceptsWithoutMentor()
        {
            var check = PlanValidator.Check(ARow(), AFacts());

            var entry = Assert.IsType<PlanEntry>(check.Entry);
            Assert.Null(entry.Mentor);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("Bo")]
        public void Check_NewMentorWithoutAFullName_RejectsAsMentorName(string? name)
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Mentor, MentorName = name }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.MentorName, $"the mentor {Mentor} is new, so their name (mentor_name) of 3 to 200 characters is required")], check.Reasons);
        }

        [Fact]
        public void Check_MentorOnFileWithoutName_AcceptsKeepingTheNameUnset()
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Mentor }, AFacts(known: [Mentor]));

            Assert.Equal(new PlanEntryMentor(Mentor, null, null), check.Entry?.Mentor);
        }

        [Fact]
        public void Check_MentorPhoneNotAPhoneNumber_RejectsAsMentorPhone()
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Mentor, MentorName = "Drs. Bambang Irawan", MentorPhone = "12" }, AFacts());

            Assert.Equal([new RosterReason(PlanRules.MentorPhone, "the mentor's phone '12' is not a phone number")], check.Reasons);
        }

        [Fact]
        public void Check_MentorPhoneWithInternationalPrefix_AcceptsItNormalised()
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Mentor, MentorPhone = "+62 813-1111-2222" }, AFacts(known: [Mentor]));

            Assert.Equal("6281311112222", check.Entry?.Mentor?.Phone);
        }

        [Fact]
        public void Check_MentorWhoIsAParticipant_RejectsAsNotStaff()
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Siti }, AFacts(known: [Siti], participants: [Siti]));

            Assert.Equal([new RosterReason(PlanRules.MentorNotStaff, $"the mentor's NIP {Siti} is a participant")], check.Reasons);
        }

        [Fact]
        public void Check_MentorWhoIsStaff_Accepts()
        {
            var check = PlanValidator.Check(ARow() with { MentorNip = Mentor }, AFacts(known: [Mentor], participants: [Siti]));

            Assert.Equal(Mentor, check.Entry?.Mentor?.Nip);
        }
    }

    public sealed class CheckAll
    {
        [Fact]
        public void CheckAll_SameActivityTwiceForOneParticipant_RejectsTheSecondNamingTheFirstLine()
        {
            var rows = new[] { ARow(line: 2), ARow(line: 3) with { Activity = "DIGITALISASI  ARSIP", Output = "Arsip lagi" } };

            var checks = PlanValidator.CheckAll(rows, AFacts());

            Assert.True(checks[0].IsValid);
            Assert.Equal([new RosterReason(PlanRules.ActivityDuplicate, "this participant's activity 'DIGITALISASI ARSIP' already appears on line 2")], checks[1].Reasons);
        }

        [Fact]
        public void CheckAll_SameActivityForTwoParticipants_AcceptsBoth()
        {
            var rows = new[] { ARow(line: 2), ARow(line: 3, nip: Siti) };

            var checks = PlanValidator.CheckAll(rows, AFacts());

            Assert.Equal([(2, Andi), (3, Siti)], checks.Select(c => (c.Entry!.Line, c.Entry.Nip.Value)));
        }

        [Fact]
        public void CheckAll_DuplicateReason_ComesBeforeTheOutputAndValueReasons()
        {
            var rows = new[] { ARow(line: 2), ARow(line: 3) with { Values = "Jujur" } };

            var checks = PlanValidator.CheckAll(rows, AFacts());

            Assert.Equal([PlanRules.ActivityDuplicate, PlanRules.ValuesUnknown], checks[1].Reasons.Select(r => r.Rule));
        }

        [Fact]
        public void CheckAll_TwoMentorsForOneParticipant_RejectsTheSecondAsConflict()
        {
            var rows = new[]
            {
                ARow(line: 2) with { MentorNip = Mentor },
                ARow(line: 3) with { Activity = "Survei layanan", MentorNip = OtherMentor },
            };

            var checks = PlanValidator.CheckAll(rows, AFacts(known: [Mentor, OtherMentor]));

            Assert.True(checks[0].IsValid);
            Assert.Equal([new RosterReason(PlanRules.MentorConflict, $"line 2 gives this participant another mentor ({Mentor})")], checks[1].Reasons);
        }

        [Fact]
        public void CheckAll_SameMentorOnTwoRowsOfOneParticipant_AcceptsBoth()
        {
            var rows = new[]
            {
                ARow(line: 2) with { MentorNip = Mentor },
                ARow(line: 3) with { Activity = "Survei layanan", MentorNip = Mentor },
            };

            var checks = PlanValidator.CheckAll(rows, AFacts(known: [Mentor]));

            Assert.Equal([Mentor, Mentor], checks.Select(c => c.Entry?.Mentor?.Nip));
        }

        [Fact]
        public void CheckAll_NewMentorNamedOnAValidRow_LaterRowsMayGiveTheNipAlone()
        {
            var rows = new[]
            {
                new PlanRow { Line = 2, Nip = Andi, MentorNip = Mentor, MentorName = "Drs. Bambang Irawan" },
                new PlanRow { Line = 3, Nip = Siti, MentorNip = Mentor },
            };

            var checks = PlanValidator.CheckAll(rows, AFacts());

            Assert.Equal([true, true], checks.Select(c => c.IsValid));
        }

        [Fact]
        public void CheckAll_NewMentorNamedOnARejectedRow_LaterRowsStillNeedTheName()
        {
            var rows = new[]
            {
                new PlanRow { Line = 2, Nip = Outsider, MentorNip = Mentor, MentorName = "Drs. Bambang Irawan" },
                new PlanRow { Line = 3, Nip = Siti, MentorNip = Mentor },
            };

            var checks = PlanValidator.CheckAll(rows, AFacts());

            Assert.Equal([PlanRules.MentorName], checks[1].Reasons.Select(r => r.Rule));
        }
    }

    private static PlanRow ARow(int line = 2, string nip = Andi) => new()
    {
        Line = line,
        Nip = nip,
        Activity = "Digitalisasi arsip",
        Output = "Arsip digital",
        Values = "Akuntabel",
    };

    /// <summary>Andi and Siti in cohort "Angkatan I"; <paramref name="known"/> people already on file, <paramref name="participants"/> of them participants.</summary>
    private static PlanFacts AFacts(string[]? known = null, string[]? participants = null) => new()
    {
        Cohort = "Angkatan I",
        CohortNips = new HashSet<string>([Andi, Siti], StringComparer.Ordinal),
        KnownNips = new HashSet<string>(known ?? [], StringComparer.Ordinal),
        ParticipantNips = new HashSet<string>(participants ?? [], StringComparer.Ordinal),
    };
}
