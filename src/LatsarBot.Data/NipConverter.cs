using LatsarBot.Core.Participants;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatsarBot.Data;

/// <summary>Stores a NIP as its 18 digits (a plain string column); only valid NIPs are ever written, so reading one back trusts it.</summary>
public sealed class NipConverter() : ValueConverter<Nip, string>(
    nip => nip.Value,
    value => Nip.FromTrusted(value));
