using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatsarBot.Data;

/// <summary>Stores every instant as UTC Unix milliseconds (a plain integer column on both providers).</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
