using LatsarBot.Core.Participants;

namespace LatsarBot.StaffConsole.Imports;

/// <summary>
/// Each roster rule in Indonesian for the preview ("baris 7: NIP harus 18 digit"); the rule's own English sentence,
/// with the value it judged, stands beside it. Keyed by the stable rule ids of <see cref="RosterRules"/>.
/// </summary>
public static class RosterRuleText
{
    private static readonly Dictionary<string, string> Indonesian = new(StringComparer.Ordinal)
    {
        [RosterRules.NipRequired] = "NIP wajib diisi",
        [RosterRules.NipDigits] = "NIP hanya boleh berisi angka",
        [RosterRules.NipLength] = $"NIP harus {Nip.Length} digit",
        [RosterRules.NipBirthDate] = "8 digit pertama NIP harus tanggal lahir yang sah (YYYYMMDD)",
        [RosterRules.NipAppointmentMonth] = "digit 9–14 NIP harus bulan TMT (YYYYMM) sesudah tanggal lahir",
        [RosterRules.NipGender] = "digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)",
        [RosterRules.NipDuplicate] = "NIP sudah ada di baris sebelumnya",
        [RosterRules.NameRequired] = "nama wajib diisi",
        [RosterRules.NameLength] = $"nama harus {RosterValidator.NameMinLength}–{RosterValidator.NameMaxLength} karakter",
        [RosterRules.RoleUnknown] = "peran tidak dikenal",
        [RosterRules.CohortRequired] = "peserta harus punya angkatan",
        [RosterRules.CohortLength] = $"nama angkatan paling banyak {RosterValidator.CohortMaxLength} karakter",
        [RosterRules.ClassRequired] = "peserta harus punya kelas",
        [RosterRules.ClassLength] = $"nama kelas paling banyak {RosterValidator.ClassMaxLength} karakter",
        [RosterRules.AgencyLength] = $"nama instansi paling banyak {RosterValidator.AgencyMaxLength} karakter",
        [RosterRules.PhoneInvalid] = "nomor HP harus nomor seluler Indonesia",
        [RosterRules.EmailInvalid] = "alamat email tidak sah",
        [RosterRules.TimeZoneUnknown] = "zona waktu harus WIB, WITA, atau WIT",
        [RosterRules.LanguageUnknown] = "bahasa harus id atau en",
        [RosterRules.NdhInvalid] = "NDH harus bilangan bulat positif",
        [RosterRules.NipOtherInstitution] = "NIP sudah terdaftar di lembaga lain",
        [RosterRules.RoleChange] = "peran tidak dapat diubah antara peserta dan staf",
        [RosterRules.RowColumns] = "jumlah nilai di baris ini melebihi kolom header",
    };

    public static string For(RosterReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return Indonesian.GetValueOrDefault(reason.Rule, reason.Rule);
    }

    /// <summary>Whether every rule has its Indonesian sentence (a test holds this true for all of <see cref="RosterRules"/>).</summary>
    public static bool Covers(string rule) => Indonesian.ContainsKey(rule);
}
