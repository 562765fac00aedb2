using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LatsarBot.Data;

/// <summary>
/// An <see cref="EF.CompileAsyncQuery{TContext, TParam1, TParam2, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TParam2, CancellationToken, Task{TResult}}})"/>
/// delegate per EF model. EF binds a compiled query to the first model it runs against and refuses any
/// other, while one process can hold both providers' models (the tests run SQLite and PostgreSQL side by side).
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> _byModel = new();

    public TDelegate For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
