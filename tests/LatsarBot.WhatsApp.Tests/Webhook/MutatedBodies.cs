using System.Text;
using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeWhatsApp;

namespace LatsarBot.WhatsApp.Tests.Webhook;

/// <summary>
/// Authentic but odd webhook bodies from a seeded random source: well-formed bodies of every kind with a node replaced
/// by a value of another type, removed, or blown up, and raw bytes flipped or cut. Deterministic per seed.
/// </summary>
public static class MutatedBodies
{
    public static IEnumerable<byte[]> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var seeds = Seeds();
        for (var i = 0; i < count; i++)
        {
            var body = seeds[random.Next(seeds.Count)].DeepClone().AsObject();
            yield return random.Next(5) == 0 ? MutateBytes(random, Encoding.UTF8.GetBytes(body.ToJsonString())) : Encoding.UTF8.GetBytes(MutateTree(random, body).ToJsonString());
        }
    }

    private static List<JsonObject> Seeds()
    {
        const string from = "6281900000001";
        return
        [
            FakeWebhooks.Text("wamid.m1", from, "/start", userId: "US.1349120865530274191"),
            FakeWebhooks.ButtonReply("wamid.m2", from, "menu", "Menu"),
            FakeWebhooks.ListReply("wamid.m3", from, "next", "Lanjut"),
            FakeWebhooks.QuickReply("wamid.m4", from, "menu", "Buka"),
            FakeWebhooks.Media("wamid.m5", from, "image", "media-1", "image/jpeg", caption: "bukti"),
            FakeWebhooks.Media("wamid.m6", from, "document", "media-2", "application/pdf", filename: "a.pdf"),
            FakeWebhooks.Status("wamid.FAKE1", from, "read"),
        ];
    }

    private static JsonNode MutateTree(Random random, JsonObject body)
    {
        var nodes = new List<JsonNode>();
        Collect(body, nodes);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var target = nodes[random.Next(nodes.Count)];
            if (target.Parent is JsonObject parent)
            {
                var name = parent.First(p => ReferenceEquals(p.Value, target)).Key;
                if (random.Next(4) == 0)
                {
                    parent.Remove(name);
                }
                else
                {
                    parent[name] = Odd(random);
                }
            }
            else if (target.Parent is JsonArray array)
            {
                array[array.IndexOf(target)] = Odd(random);
            }
        }

        return body;
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            into.Add(child);
            Collect(child, into);
        }
    }

    private static JsonNode? Odd(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => JsonValue.Create(-1.5e300),
        3 => JsonValue.Create(true),
        4 => new JsonArray(JsonValue.Create("x"), null),
        5 => new JsonObject { ["id"] = "wamid.odd" },
        6 => JsonValue.Create(new string('9', random.Next(200, 5000))),
        7 => JsonValue.Create("~page:0123456789abcdef0123456789abcdef"),
        8 => JsonValue.Create("\u0000\ud83d"),
        _ => JsonValue.Create(""),
    };

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        if (random.Next(2) == 0)
        {
            return bytes[..random.Next(bytes.Length)];
        }

        for (var n = random.Next(1, 8); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }
}
