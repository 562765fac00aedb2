using Microsoft.EntityFrameworkCore.Update;

namespace LatsarBot.Data;

/// <summary>
/// Lets SaveChanges on SQLite send several INSERT/UPDATE statements in one command, as it does on PostgreSQL.
/// EF's SQLite provider sends one command per row, and a turn's commit (ledger row, conversation, replies) runs
/// inside <see cref="SqliteWriteGate"/>, where every command's overhead is paid by all the queued writers. EF still
/// starts a new batch where a row needs a key generated earlier in the same save (the replies' ledger id), and the
/// statements keep their RETURNING checks, so the optimistic concurrency checks are unchanged.
/// </summary>
public sealed class SqliteCommandBatching(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    // SQLite allows 32,766 parameters per statement; a statement here has at most a few dozen, and a batch is one command.
    private const int StatementsPerCommand = 100;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, StatementsPerCommand);
}
