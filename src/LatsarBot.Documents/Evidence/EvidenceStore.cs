using System.Security.Cryptography;
using LatsarBot.Core.Actualization;

namespace LatsarBot.Documents.Evidence;

/// <summary>
/// The evidence files on disk, each named by the SHA-256 of its bytes, so the same photo sent twice is kept once.
/// A file is written to a temporary name while it streams in (hashed, counted against the limit, its first bytes
/// kept to judge the type) and moved under its hash only when it passed; a refused file leaves nothing behind.
/// </summary>
public sealed class EvidenceStore
{
    private readonly string _root;

    public EvidenceStore(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    /// <summary>Where downloads are written before they are judged; a file left here is an interrupted download.</summary>
    public string TempFolder => Path.Combine(_root, "tmp");

    /// <summary>The file on disk for a <see cref="Evidence.StoragePath"/>.</summary>
    public string FullPath(string storagePath) => Path.Combine(_root, storagePath);

    public bool Contains(string sha256) => IsSha256(sha256) && File.Exists(FullPath(EvidenceRules.StoragePath(sha256)));

    public static bool IsSha256(string text) => text.Length == 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>Runs <paramref name="produce"/> into the store (it writes the bytes) and judges the result.</summary>
    public async Task<EvidenceOutcome> SaveAsync(Func<Stream, CancellationToken, Task> produce, string declaredType, long maxBytes, CancellationToken cancellationToken)
    {
        // Created on first use, so a host that never receives evidence leaves no folder behind.
        var temp = Path.Combine(Directory.CreateDirectory(TempFolder).FullName, Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            byte[] head;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var sink = new LimitedHashingStream(file, maxBytes);
                try
                {
                    await produce(sink, cancellationToken);
                }
                catch (Exception) when (sink.Overflowed)
                {
                    // The sink threw to stop the transfer; a client may have wrapped that in its own exception.
                    return new EvidenceOutcome.Rejected(EvidenceVerdict.TooLarge);
                }

                (sha, head, size) = (sink.Finish(), sink.Head, sink.Length);
            }

            if (EvidenceRules.Sniff(head, declaredType) is not { } type)
            {
                return new EvidenceOutcome.Rejected(EvidenceVerdict.TypeNotAllowed);
            }

            var relative = EvidenceRules.StoragePath(sha);
            var target = FullPath(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
            {
                // Same bytes, same name: a concurrent writer of the same file leaves an identical copy either way.
                File.Move(temp, target, overwrite: true);
            }

            return new EvidenceOutcome.Stored(sha, type, size, relative);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>A file already in the store (a web chat upload), judged again on its own bytes.</summary>
    public async Task<EvidenceOutcome> FindAsync(string sha256, string declaredType, CancellationToken cancellationToken)
    {
        if (!Contains(sha256))
        {
            return new EvidenceOutcome.Unavailable("not in the store");
        }

        var relative = EvidenceRules.StoragePath(sha256);
        await using var file = File.OpenRead(FullPath(relative));
        var head = new byte[EvidenceRules.SniffBytes];
        var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return EvidenceRules.Sniff(head.AsSpan(0, read), declaredType) is { } type
            ? new EvidenceOutcome.Stored(sha256, type, file.Length, relative)
            : new EvidenceOutcome.Rejected(EvidenceVerdict.TypeNotAllowed);
    }

    /// <summary>Counts, hashes and forwards; past the limit it throws, which stops the download mid-stream.</summary>
    private sealed class LimitedHashingStream(Stream inner, long maxBytes) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _head = new byte[EvidenceRules.SniffBytes];
        private long _length;

        public bool Overflowed { get; private set; }

        public byte[] Head => _head[..(int)Math.Min(_length, _head.Length)];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Accept(buffer);
            inner.Write(buffer);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Accept(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Accept(ReadOnlySpan<byte> buffer)
        {
            if (_length + buffer.Length > maxBytes)
            {
                Overflowed = true;
                throw new IOException($"The file is larger than {maxBytes} bytes.");
            }

            if (_length < _head.Length)
            {
                buffer[..(int)Math.Min(buffer.Length, _head.Length - _length)].CopyTo(_head.AsSpan((int)_length));
            }

            _length += buffer.Length;
            _hash.AppendData(buffer);
        }
    }
}
