using System.CommandLine;
using LatsarBot.Content;
using LatsarBot.Core.Participants;

namespace LatsarBot.Cli;

/// <summary>`content check`: validates content/ and names file, line and rule of every error.</summary>
public static class ContentCommands
{
    public static Command Build()
    {
        var path = new Option<string?>("--path") { Description = "The content folder (default: Content:Path from appsettings.json)." };
        var check = new Command("check", "Validate every content file; exit 1 when any rule is broken.") { path };
        check.SetAction(result => Check(result.GetValue(path)));
        return new Command("content", "Work with the content folder.") { check };
    }

    private static int Check(string? path)
    {
        var configuration = CliHost.Configuration();
        var root = path ?? CliHost.ContentPath(configuration);
        var (bundle, errors) = ContentBundle.Check(root, Mooc.MoocSettings.From(configuration).ToRules());
        if (bundle is null)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine($"{errors.Count} content error(s) in {root}");
            return 1;
        }

        var counts = Enum.GetValues<Language>().Select(l => $"{bundle.Messages.Keys(l).Count()} messages ({l.Code()})");
        Console.WriteLine($"content OK: {string.Join(", ", counts)} in {root}");
        return 0;
    }
}
