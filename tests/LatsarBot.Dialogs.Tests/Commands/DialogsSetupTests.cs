using LatsarBot.Bot.Dialogs;
using LatsarBot.Dialogs;
using LatsarBot.Dialogs.Mooc;
using LatsarBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Dialogs.Tests.Commands;

public sealed class DialogsSetupTests
{
    [Fact]
    public async Task Every_registered_dialog_is_built_with_the_real_services_and_answers_to_its_key()
    {
        var keys = new ServiceCollection().AddLatsarDialogs()
            .Where(d => d.IsKeyedService && d.ServiceType == typeof(Dialog))
            .Select(d => (string)d.ServiceKey!)
            .ToList();
        await using var bot = await BotHarness.StartAsync();
        using var scope = bot.Services.CreateScope();
        var dialogs = scope.ServiceProvider.GetRequiredService<DialogSet>();

        Assert.Contains(MoocDialog.DialogId, keys);
        Assert.True(keys.Count >= 30, $"only {keys.Count} dialogs registered");
        foreach (var key in keys)
        {
            Assert.Equal(key, dialogs.Get(key).Id);
        }
    }
}
