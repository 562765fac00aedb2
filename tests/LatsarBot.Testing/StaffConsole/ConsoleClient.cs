using System.Net;
using System.Text.RegularExpressions;

namespace LatsarBot.Testing.StaffConsole;

/// <summary>
/// A browser without a browser, for the console over real HTTP: keeps its cookies by hand (the session cookie is Secure,
/// and HttpClient's jar would not send it over the loopback's plain HTTP), follows no redirect on its own, and reads each
/// form's antiforgery field the way a browser submits it.
/// </summary>
public sealed partial class ConsoleClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyList<string> SetCookieHeaders { get; private set; } = [];

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Loads the page holding a form, then posts the form with its antiforgery field and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string action, params (string Name, string Value)[] fields)
    {
        var page = await (await GetAsync(pagePath)).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await PostAsync(action, [new("__af", WebUtility.HtmlDecode(token)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    /// <summary>Loads the page holding an upload form, then posts it as multipart/form-data with its antiforgery field and one file.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pagePath, string action, string field, string fileName, byte[] content)
    {
        var page = await (await GetAsync(pagePath)).Content.ReadAsStringAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value)), "__af" },
            { new ByteArrayContent(content), field, fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = form };
        return await SendAsync(request);
    }

    /// <summary>The whole sign-in as a member of staff does it; returns the token of the code form.</summary>
    public async Task<string> RequestCodeAsync(string nip)
    {
        var response = await SubmitAsync("/console/masuk", "/console/masuk", ("nip", nip));
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"No redirect: {response.StatusCode}");
        return Uri.UnescapeDataString(TokenInLink().Match(location).Groups[1].Value);
    }

    public Task<HttpResponseMessage> EnterCodeAsync(string token, string code) =>
        SubmitAsync($"/console/masuk/kode?t={Uri.EscapeDataString(token)}", "/console/masuk/kode", ("t", token), ("code", code));

    public async Task SignInAsync(IServiceProvider services, string nip)
    {
        var token = await RequestCodeAsync(nip);
        var response = await EnterCodeAsync(token, await ConsoleStaff.SentCodeAsync(services, token));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {nip} answered {response.StatusCode}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        SetCookieHeaders = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in SetCookieHeaders)
        {
            var pair = header.Split(';', 2)[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return response;
    }

    /// <summary>The antiforgery field of a page already loaded (a preview that a POST answered, say).</summary>
    public static string AntiforgeryIn(string html) => WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("[?&]t=([^&]+)")]
    private static partial Regex TokenInLink();
}
