namespace LatsarBot.Core.Mooc.PostTest;

/// <summary>
/// A question in the post-test bank (DOMAIN.md C.6): its category tag (AMB-09), the agenda it tests (AMB-20) and its
/// answer options by id. The answer key stays with the content; drawing needs only the ids.
/// </summary>
public sealed record PostTestItem(string Id, UnitCategory Category, int Agenda, IReadOnlyList<string> OptionIds);
