using LatsarBot.Testing;

namespace LatsarBot.Telegram.Tests.EndToEnd;

public sealed partial class TelegramChat
{
    /// <summary>Logs the demo participant in the way Telegram offers: NIP, then the shared phone number instead of a code.</summary>
    public async Task OnboardDemoAsync()
    {
        await SayAsync("/start", HasButton("id"));
        await PressAsync("id", m => m.Count >= 2);
        await SayAsync(DemoPeople.Nip, m => m.Any(x => x.Body["reply_markup"]?["keyboard"] is not null));
        await ShareOwnContactAsync("+6281200000001", HasButton("ok"));
        await PressAsync("ok", m => m.Count >= 1);
    }
}
