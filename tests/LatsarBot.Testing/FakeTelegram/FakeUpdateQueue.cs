using System.Text.Json.Nodes;

namespace LatsarBot.Testing.FakeTelegram;

/// <summary>
/// getUpdates semantics: an offset confirms (forgets) every update below it; the call returns the
/// updates from the offset on, or waits up to its timeout for one to arrive.
/// </summary>
public sealed class FakeUpdateQueue : IDisposable
{
    private readonly object _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public void Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            _pending.Add(update);
        }

        _arrived.Release();
    }

    public async Task<JsonArray> TakeAsync(JsonObject request, CancellationToken cancellationToken)
    {
        var offset = request["offset"]?.GetValue<long>() ?? 0;
        var limit = request["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(Math.Clamp(request["timeout"]?.GetValue<int>() ?? 0, 0, 50));
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        while (true)
        {
            var batch = Take(offset, limit);
            if (batch.Count > 0 || wait.IsCancellationRequested)
            {
                return batch;
            }

            try
            {
                await _arrived.WaitAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The long poll ran out: answer with what there is (nothing).
            }
        }
    }

    private JsonArray Take(long offset, int limit)
    {
        lock (_gate)
        {
            if (offset > 0)
            {
                _pending.RemoveAll(u => long.Parse(u["update_id"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) < offset);
            }

            return new JsonArray(_pending.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
        }
    }

    public void Dispose() => _arrived.Dispose();
}
