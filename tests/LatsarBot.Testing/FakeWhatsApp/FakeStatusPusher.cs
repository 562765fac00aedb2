using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace LatsarBot.Testing.FakeWhatsApp;

/// <summary>
/// Meta's status callbacks for every accepted message, pushed (signed) to the host off the send's answer: sent, then
/// delivered and read, or sent then failed with the error. A few workers push side by side; each message's statuses
/// go in order.
/// </summary>
public sealed class FakeStatusPusher : IAsyncDisposable
{
    private const int Workers = 4;

    private readonly Channel<(string Wamid, string To, int? FailCode)> _queue = Channel.CreateUnbounded<(string, string, int?)>();
    private readonly Func<JsonObject, Task<HttpResponseMessage>> _push;
    private readonly Task[] _workers;
    private long _outstanding;
    private long _pushed;
    private long _refused;

    public FakeStatusPusher(Func<JsonObject, Task<HttpResponseMessage>> push)
    {
        _push = push;
        _workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    /// <summary>Status callbacks the host answered 200.</summary>
    public long Pushed => Interlocked.Read(ref _pushed);

    /// <summary>Status callbacks the host answered with anything else, or never answered.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    public void Enqueue(string wamid, string to, int? failCode)
    {
        Interlocked.Increment(ref _outstanding);
        _queue.Writer.TryWrite((wamid, to, failCode));
    }

    /// <summary>Waits until every status queued so far was pushed; the timeout only stops a hang.</summary>
    public async Task IdleAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (Interlocked.Read(ref _outstanding) > 0)
        {
            await Task.Delay(20, cancel.Token);
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var (wamid, to, failCode) in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await PushAsync(FakeWebhooks.Status(wamid, to, "sent"));
                if (failCode is { } code)
                {
                    await PushAsync(FakeWebhooks.FailedStatus(wamid, to, code));
                }
                else
                {
                    await PushAsync(FakeWebhooks.Status(wamid, to, "delivered"));
                    await PushAsync(FakeWebhooks.Status(wamid, to, "read"));
                }
            }
            finally
            {
                Interlocked.Decrement(ref _outstanding);
            }
        }
    }

    private async Task PushAsync(JsonObject body)
    {
        try
        {
            using var response = await _push(body);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _pushed);
            }
            else
            {
                Interlocked.Increment(ref _refused);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            // The host is stopping (or stopped): Meta would retry; here the status is simply counted as not taken.
            Interlocked.Increment(ref _refused);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }
}
