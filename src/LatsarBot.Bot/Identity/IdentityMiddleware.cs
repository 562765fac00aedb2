using LatsarBot.Bot.Pipeline;

namespace LatsarBot.Bot.Identity;

/// <summary>
/// Resolves the speaker once per turn into <see cref="Turn.Person"/>, and picks the turn's language
/// until the conversation has chosen one: the person's own, else the channel's locale.
/// </summary>
public sealed class IdentityMiddleware(IPersonResolver resolver) : ITurnMiddleware
{
    public async Task InvokeAsync(Turn turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        turn.Person = await resolver.ResolveAsync(turn, cancellationToken);
        if (!turn.State.LanguageChosen)
        {
            if (turn.Person is { } person)
            {
                turn.State.Language = person.Language;
                turn.State.LanguageChosen = true;
            }
            else if (turn.Activity.Locale is { } locale)
            {
                turn.State.Language = locale;
            }
        }

        await next(cancellationToken);
    }
}
