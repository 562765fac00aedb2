using Microsoft.EntityFrameworkCore;

namespace LatsarBot.Testing;

/// <summary>
/// The demo roster's participant as the host seeds it, and the two ways a test gets them logged in: through the
/// onboarding conversation (what a person does) or by binding the chat straight in the database (when the test is
/// about what comes after).
/// </summary>
public static class DemoPeople
{
    public const string Nip = "199001012022031001";

    public const string Code = "123456";

    /// <summary>Chooses Indonesian after /start, so the bot waits for a NIP; the flow is left empty.</summary>
    public static async Task<TestFlow> AtNipPromptAsync(TestFlow flow)
    {
        await flow.SendAsync("/start");
        await flow.PressAsync("id");
        flow.TakeAll();
        return flow;
    }

    /// <summary>Logs in through the onboarding chat in Indonesian with NIP and code; the replies stay in the flow for the caller to check.</summary>
    public static async Task<TestFlow> LogInAsync(TestFlow flow, string nip = Nip, string code = Code)
    {
        await flow.SendAsync("/start");
        await flow.PressAsync("id");
        await flow.SendAsync(nip);
        await flow.SendAsync(code);
        await flow.PressAsync("ok");
        return flow;
    }

    /// <summary>A flow whose chat is already bound to the person with <paramref name="nip"/>, no onboarding turns run.</summary>
    public static async Task<TestFlow> LoggedInAsync(BotHarness bot, string channel = "test", string nip = Nip)
    {
        int personId;
        await using (var db = bot.NewContext())
        {
            personId = (await db.People.SingleAsync(p => p.Nip == Core.Participants.Nip.FromTrusted(nip))).Id;
        }

        return await BoundAsync(bot, personId, channel);
    }

    /// <summary>A flow whose chat is already bound to <paramref name="personId"/>, as if they had logged in.</summary>
    public static async Task<TestFlow> BoundAsync(BotHarness bot, int personId, string channel = "test")
    {
        var flow = bot.Flow(channel);
        await using var db = bot.NewContext();
        db.ChannelIdentities.Add(new() { Channel = channel, ChannelUserId = flow.User.Id, ConversationId = flow.ConversationId, PersonId = personId, BoundAt = bot.Time.GetUtcNow() });
        await db.SaveChangesAsync();
        return flow;
    }
}
