using LatsarBot.Bot.Dialogs;
using LatsarBot.Bot.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Tests.Dialogs;

public sealed class DialogRegistrationTests
{
    [Fact]
    public void A_turn_builds_only_the_dialogs_it_asks_for_and_each_once()
    {
        var built = new BuildCounter();
        using var provider = Services(s =>
        {
            s.AddSingleton(built);
            s.AddDialog<CountedDialog>(CountedDialog.DialogId);
            s.AddDialog<OtherCountedDialog>(OtherCountedDialog.DialogId);
        });
        using var scope = provider.CreateScope();
        var dialogs = scope.ServiceProvider.GetRequiredService<DialogSet>();

        Assert.Equal(0, built.Count);
        var first = dialogs.Get(CountedDialog.DialogId);
        var again = dialogs.Get(CountedDialog.DialogId);

        Assert.Same(first, again);
        Assert.Equal(1, built.Count);
        Assert.Null(dialogs.Find("nobody"));
    }

    [Fact]
    public void Each_turn_scope_gets_its_own_scoped_dialog_and_shares_the_singleton_prompts()
    {
        using var provider = Services(s =>
        {
            s.AddSingleton(new BuildCounter());
            s.AddDialog<CountedDialog>(CountedDialog.DialogId);
            s.AddDialog(new TextPrompt("text"));
        });
        using var one = provider.CreateScope();
        using var two = provider.CreateScope();
        var a = one.ServiceProvider.GetRequiredService<DialogSet>();
        var b = two.ServiceProvider.GetRequiredService<DialogSet>();

        Assert.NotSame(a.Get(CountedDialog.DialogId), b.Get(CountedDialog.DialogId));
        Assert.Same(a.Get("text"), b.Get("text"));
    }

    [Fact]
    public void Two_dialogs_under_one_id_are_refused_when_registered()
    {
        var services = new ServiceCollection();
        services.AddDialog(new TextPrompt("text"));

        var error = Assert.Throws<InvalidOperationException>(() => services.AddDialog(new ConfirmPrompt("text")));
        Assert.Contains("'text'", error.Message);
    }

    [Fact]
    public void A_dialog_registered_under_another_id_than_its_own_is_refused_on_use()
    {
        using var provider = Services(s =>
        {
            s.AddSingleton(new BuildCounter());
            s.AddDialog<CountedDialog>("misfiled");
        });
        using var scope = provider.CreateScope();

        var error = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DialogSet>().Find("misfiled"));
        Assert.Contains(CountedDialog.DialogId, error.Message);
    }

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddScoped(sp => new DialogSet(sp));
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public sealed class BuildCounter
    {
        public int Count { get; set; }
    }

    public sealed class CountedDialog : Dialog
    {
        public const string DialogId = "counted";

        public CountedDialog(BuildCounter counter) => counter.Count++;

        public override string Id => DialogId;

        public override Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            dc.EndAsync(null, cancellationToken);
    }

    public sealed class OtherCountedDialog : Dialog
    {
        public const string DialogId = "counted.other";

        public OtherCountedDialog(BuildCounter counter) => counter.Count++;

        public override string Id => DialogId;

        public override Task<DialogStatus> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            dc.EndAsync(null, cancellationToken);
    }
}
