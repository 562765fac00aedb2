using LatsarBot.Core.Participants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using LatsarBot.Hosting;
using static LatsarBot.StaffConsole.ConsoleHtml;

namespace LatsarBot.StaffConsole;

/// <summary>
/// /console/masuk (NIP → the bot sends a code), /console/masuk/kode (the code, typed or from the link), /console/keluar.
/// Opening the link only fills the form: a sign-in happens on a POST, so a chat app that previews links cannot use the code up.
/// </summary>
public static class SignInEndpoints
{
    public static RouteGroupBuilder MapConsoleSignIn(this RouteGroupBuilder console)
    {
        var signIn = console.MapGroup("/masuk").AllowAnonymous();
        signIn.MapGet("", NipForm);
        signIn.MapPost("", RequestCodeAsync).RateLimitedAs(RateLimits.SignIn);
        signIn.MapGet("/kode", CodeForm).RateLimitedAs(RateLimits.Verify);
        signIn.MapPost("/kode", VerifyCodeAsync).RateLimitedAs(RateLimits.Verify);
        console.MapPost("/keluar", SignOutAsync).RequireAuthorization(ConsoleAccess.Policy);
        return console;
    }

    private static IResult NipForm(HttpContext http) =>
        Page(http, "Masuk", "Sign in", $"""
            <p>{Bi("Masukkan NIP Anda. Bot LatsarBot akan mengirim kode masuk ke chat yang terhubung dengan NIP itu.", "Enter your NIP. LatsarBot will send a sign-in code to the chat bound to it.")}</p>
            <form method="post" action="/console/masuk">{Antiforgery(http)}
            <label for="nip">NIP</label>
            <input id="nip" name="nip" inputmode="numeric" autocomplete="username" required maxlength="30">
            <p><button type="submit">{Bi("Kirim kode", "Send code")}</button></p></form>
            """, null);

    private static async Task<IResult> RequestCodeAsync([FromForm] string? nip, HttpContext http, ConsoleSignIn signIn, CancellationToken cancellationToken)
    {
        var token = await signIn.RequestAsync(nip, Address(http), cancellationToken);
        return Results.Redirect($"{ConsoleLinks.CodePath}?t={Uri.EscapeDataString(token)}");
    }

    private static IResult CodeForm(HttpContext http, string? t, string? c) => CodePage(http, t, c, null, StatusCodes.Status200OK);

    private static IResult CodePage(HttpContext http, string? token, string? code, string? error, int status) =>
        Page(http, "Kode masuk", "Sign-in code", $"""
            <p>{Bi($"Jika NIP itu terdaftar sebagai staf dan terhubung ke chat, bot telah mengirim kode {StaffSignInCode.Length} karakter ke chat tersebut. Kode berlaku 10 menit dan hanya sekali pakai.", "If that NIP is staff with a bound chat, the bot has sent an 8-character code there. It is valid for 10 minutes, once.")}</p>
            {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{error}</p>")}
            <form method="post" action="{ConsoleLinks.CodePath}">{Antiforgery(http)}
            <input type="hidden" name="t" value="{E(token)}">
            <label for="code">{Bi("Kode", "Code")}</label>
            <input id="code" name="code" value="{E(code)}" autocomplete="one-time-code" autocapitalize="characters" required maxlength="20">
            <p><button type="submit">{Bi("Masuk", "Sign in")}</button></p></form>
            <p><a href="/console/masuk">{Bi("Minta kode baru", "Ask for a new code")}</a></p>
            """, null, status);

    private static async Task<IResult> VerifyCodeAsync([FromForm] string? t, [FromForm] string? code, HttpContext http, ConsoleSignIn signIn, CancellationToken cancellationToken)
    {
        var outcome = await signIn.VerifyAsync(t, code, Address(http), cancellationToken);
        switch (outcome.Result)
        {
            case SignInResult.Accepted:
                var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
                await http.SignInAsync(scheme, ConsoleUser.Principal(outcome.Staff!, scheme), new AuthenticationProperties { IsPersistent = false });
                return Results.Redirect("/console");
            case SignInResult.Wrong:
                return CodePage(http, t, null, Bi("Kode salah. Periksa lagi kode di chat Anda.", "Wrong code. Check the code in your chat."), StatusCodes.Status400BadRequest);
            case SignInResult.Expired:
                return CodePage(http, t, null, Bi("Kode ini sudah dipakai, kedaluwarsa, atau terlalu sering salah. Minta kode baru.", "This code was used, has expired, or had too many wrong tries. Ask for a new one."), StatusCodes.Status400BadRequest);
            default:
                return CodePage(http, t, null, Bi("Terlalu banyak percobaan yang salah. Coba lagi dalam 15 menit.", "Too many wrong tries. Try again in 15 minutes."), StatusCodes.Status429TooManyRequests);
        }
    }

    /// <summary>The form has no field to bind, so the antiforgery middleware would not judge it: checked here.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/console/masuk");
    }

    /// <summary>The address failures are counted by. Behind a reverse proxy, the host must be set up with forwarded headers for this to be the client's.</summary>
    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
