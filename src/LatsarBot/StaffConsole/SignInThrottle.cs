using System.Collections.Concurrent;
using LatsarBot.Core.Participants;

namespace LatsarBot.StaffConsole;

/// <summary>
/// Failed sign-in tries per address (a wrong code, an unknown NIP), in a sliding window: past the limit the address is
/// refused until its oldest failure leaves the window. Per process: with several instances each counts its own, which
/// still bounds a guesser; the per-staff limits are in the database and hold across instances.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, StaffSignInPolicy policy)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    public bool IsBlocked(string address)
    {
        if (!_failures.TryGetValue(address, out var failures))
        {
            return false;
        }

        lock (failures)
        {
            Forget(failures);
            if (failures.Count == 0)
            {
                // Addresses whose failures have all aged out are forgotten, so the table does not grow forever. A failure
                // recorded into this queue at the same instant may be lost: one try more for a guesser, never one less.
                _failures.TryRemove(KeyValuePair.Create(address, failures));
            }

            return failures.Count >= policy.MaxFailuresPerAddress;
        }
    }

    public void Failed(string address)
    {
        var failures = _failures.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Forget(failures);
            failures.Enqueue(time.GetUtcNow());
        }
    }

    private void Forget(Queue<DateTimeOffset> failures)
    {
        var since = time.GetUtcNow() - policy.Window;
        while (failures.Count > 0 && failures.Peek() <= since)
        {
            failures.Dequeue();
        }
    }
}
