using LatsarBot.Core.Mooc;

namespace LatsarBot.Core.Curriculum;

/// <summary>The items of one category (content/posttest/s1.yaml or s2.yaml) that a post test draws from (DOMAIN.md C.6).</summary>
public sealed record PostTestBank(UnitCategory Category, IReadOnlyList<PostTestItem> Items);
