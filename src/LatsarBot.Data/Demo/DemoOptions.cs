namespace LatsarBot.Data.Demo;

/// <summary>The "Demo" section: seed a demo institution so the bot can be tried with no setup.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}
