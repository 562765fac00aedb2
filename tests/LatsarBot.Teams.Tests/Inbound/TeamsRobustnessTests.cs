using System.Net;
using System.Text.Json.Nodes;
using LatsarBot.Testing.FakeTeams;

namespace LatsarBot.Teams.Tests.Inbound;

/// <summary>Authentic activities bent out of shape (fields dropped, retyped, oversized): the endpoint never answers 5xx and the host keeps serving.</summary>
public sealed class TeamsRobustnessTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    private static readonly JsonNode?[] Replacements =
    [
        null, 0, -1, true, "", new string('x', 5000), new JsonArray(), new JsonObject(), new JsonArray(1, "a", null), new JsonObject { ["id"] = 5 },
        "<at>LatsarBot</at>", "http://127.0.0.1:1/", "\u0000\uFFFF", 1e300,
    ];

    [Fact]
    public async Task SeveralHundredMutatedActivities_NeverA5xx()
    {
        var random = new Random(20261207);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 400; i++)
        {
            var activity = Seed(i);
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(activity, random);
            }

            // The serviceUrl stays the token's when the mutation left it a string, so most bodies pass authentication and reach the mapper.
            var serviceUrl = activity["serviceUrl"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : fixture.ServiceUrl;
            var bytes = System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
            var response = await fixture.Fake.PostRawAsync(bytes, "Bearer " + fixture.Fake.SignToken(serviceUrl));
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains(HttpStatusCode.OK, statuses);
        var after = await fixture.Fake.PushAsync(FakeTeamsActivities.Message(fixture.ServiceUrl, "robust-after", "aad-robust-after", "halo"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private JsonObject Seed(int i) => (i % 6) switch
    {
        0 => FakeTeamsActivities.Message(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}", "halo"),
        1 => FakeTeamsActivities.Submit(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}", "menu"),
        2 => FakeTeamsActivities.Invoke(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}", "menu"),
        3 => FakeTeamsActivities.BotAdded(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}"),
        4 => FakeTeamsActivities.Installation(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}", "remove"),
        _ => FakeTeamsActivities.MentionMessage(fixture.ServiceUrl, $"mut-{i}", $"aad-mut-{i % 40}", "menu"),
    };

    /// <summary>Picks any property at any depth and drops it or gives it another value of another type.</summary>
    private static void Mutate(JsonObject root, Random random)
    {
        var holders = new List<JsonObject>();
        Collect(root, holders);
        var holder = holders[random.Next(holders.Count)];
        if (holder.Count == 0)
        {
            return;
        }

        var name = holder.ElementAt(random.Next(holder.Count)).Key;
        if (random.Next(4) == 0)
        {
            holder.Remove(name);
            return;
        }

        holder[name] = Replacements[random.Next(Replacements.Length)]?.DeepClone();
    }

    private static void Collect(JsonNode? node, List<JsonObject> holders)
    {
        switch (node)
        {
            case JsonObject o:
                holders.Add(o);
                foreach (var (_, child) in o)
                {
                    Collect(child, holders);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, holders);
                }

                break;
        }
    }
}
