using Microsoft.Extensions.DependencyInjection;

namespace LatsarBot.Bot.Dialogs;

/// <summary>
/// Dialogs are registered under their id, so a turn builds only the ones it runs (see <see cref="DialogSet"/>).
/// </summary>
public static class DialogRegistration
{
    /// <summary>A dialog built per turn scope, sharing that turn's services (its DbContext above all).</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services, string id)
        where TDialog : Dialog
    {
        EnsureUnused(services, id);
        return services.AddKeyedScoped<Dialog, TDialog>(id);
    }

    /// <summary>A dialog that depends on nothing scoped (the prompts): one instance for every turn.</summary>
    public static IServiceCollection AddDialog(this IServiceCollection services, Dialog shared)
    {
        EnsureUnused(services, shared.Id);
        return services.AddKeyedSingleton(shared.Id, shared);
    }

    // A second keyed registration would silently win over the first; two flows answering to one id is a bug.
    private static void EnsureUnused(IServiceCollection services, string id)
    {
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(Dialog) && Equals(d.ServiceKey, id)))
        {
            throw new InvalidOperationException($"Two dialogs share the id '{id}'.");
        }
    }
}
