using System.CommandLine;
using LatsarBot.Data;

namespace LatsarBot.Cli;

/// <summary>
/// `--database` and `--provider` for the organiser commands that touch the database: another database than the
/// configured one, given on the command line (tests use them to run in parallel without environment variables).
/// </summary>
public sealed class CliDatabase
{
    public Option<string?> ConnectionString { get; } = new("--database") { Description = "A connection string to use instead of Database:ConnectionString." };

    public Option<DatabaseProvider?> Provider { get; } = new("--provider") { Description = "Sqlite or Postgres, instead of Database:Provider." };

    public IConfiguration Configuration(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var overrides = new List<KeyValuePair<string, string?>>();
        if (result.GetValue(ConnectionString) is { } connectionString)
        {
            overrides.Add(new("Database:ConnectionString", connectionString));
        }

        if (result.GetValue(Provider) is { } provider)
        {
            overrides.Add(new("Database:Provider", provider.ToString()));
        }

        return new ConfigurationBuilder().AddConfiguration(CliHost.Configuration()).AddInMemoryCollection(overrides).Build();
    }
}
