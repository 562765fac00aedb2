namespace LatsarBot.Learning.Actualization;

/// <summary>A "data:[type][;base64],…" URL's bytes: files a client sends inline instead of by upload.</summary>
public static class DataUrl
{
    public static async Task CopyToAsync(string url, Stream destination, CancellationToken cancellationToken)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("Only base64 data: URLs carry files.");
        }

        // In slices, so the size limit of the destination stops a huge URL early.
        const int Slice = 64 * 1024;
        for (var start = comma + 1; start < url.Length; start += Slice)
        {
            var bytes = Convert.FromBase64String(url.Substring(start, Math.Min(Slice, url.Length - start)));
            await destination.WriteAsync(bytes, cancellationToken);
        }
    }
}
