using System.Text;
using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeTelegram;

namespace LatsarBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Deterministic junk from a few valid updates: every field dropped, every value given a wrong type,
/// huge strings, truncated JSON and random bytes. Seeded, so a failure names a reproducible body.
/// </summary>
public static class MalformedUpdates
{
    private static readonly JsonNode?[] WrongValues =
        [null, "x", "", 0, -1, long.MaxValue, 1.5, true, new JsonArray(), new JsonObject(), new string('é', 70_000)];

    public static IEnumerable<string> Generate(int seed)
    {
        var random = new Random(seed);
        JsonObject[] valid =
        [
            FakeUpdates.Text(10, 6001, "/start ref_abc"),
            FakeUpdates.Contact(11, 6002, "+6281200000001", 6002),
            FakeUpdates.Callback(12, 6003, "id"),
            FakeUpdates.PollAnswer(13, 6004, "poll-1", 0),
            FakeUpdates.Kicked(14, 6005),
        ];
        foreach (var update in valid)
        {
            foreach (var path in Paths(update, ""))
            {
                yield return Mutate(update, path, remove: true, value: null);
                yield return Mutate(update, path, remove: false, value: WrongValues[random.Next(WrongValues.Length)]?.DeepClone());
                yield return Mutate(update, path, remove: false, value: WrongValues[random.Next(WrongValues.Length)]?.DeepClone());
            }

            var json = update.ToJsonString();
            yield return json[..random.Next(1, json.Length - 1)];
        }

        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            yield return Encoding.Latin1.GetString(bytes);
        }

        yield return "";
        yield return "null";
        yield return "[]";
        yield return "{\"update_id\":\"seven\"}";
        yield return "{\"update_id\":1e400}";
    }

    private static IEnumerable<string> Paths(JsonObject node, string prefix)
    {
        foreach (var (key, value) in node)
        {
            var path = prefix + "/" + key;
            yield return path;
            if (value is JsonObject child)
            {
                foreach (var nested in Paths(child, path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string Mutate(JsonObject update, string path, bool remove, JsonNode? value)
    {
        var copy = (JsonObject)update.DeepClone();
        var keys = path.Trim('/').Split('/');
        var parent = keys[..^1].Aggregate(copy, (node, key) => (JsonObject)node[key]!);
        if (remove)
        {
            parent.Remove(keys[^1]);
        }
        else
        {
            parent[keys[^1]] = value;
        }

        return copy.ToJsonString();
    }
}
