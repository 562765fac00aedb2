using System.Reflection;

namespace LatsarBot.Bot.Messages;

/// <summary>
/// Marks a static class whose string constants are message keys the bot says. The content check
/// requires every one of them in every language, so a missing text is caught before start-up.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MessageKeysAttribute : Attribute
{
    /// <summary>The string constants of every [MessageKeys] class in <paramref name="assemblies"/>: every key they can say.</summary>
    public static IEnumerable<string> KeysIn(params Assembly[] assemblies) =>
        assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsDefined(typeof(MessageKeysAttribute), inherit: false))
            .SelectMany(t => t.GetFields())
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct();
}
