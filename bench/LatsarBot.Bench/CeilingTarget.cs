using System.Text.Json;
using LatsarBot.Channels.WebChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LatsarBot.Bench;

/// <summary>
/// The ceiling: a bare ASP.NET Core endpoint on loopback that parses the same web chat body with the
/// same contract types and commits one row (<see cref="CeilingStore"/>). No dialogs, no state, no outbox:
/// what any turn on this machine, this web stack and SQLite would cost at least.
/// </summary>
public sealed class CeilingTarget : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly string _run = "c" + Guid.NewGuid().ToString("N")[..6];

    private CeilingTarget(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    public static async Task<CeilingTarget> StartAsync(string folder, bool gate, int users)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"],
            ContentRootPath = folder,
        });
        builder.Services.AddSingleton(await CeilingStore.CreateAsync(Path.Combine(folder, gate ? "ceiling.db" : "ceiling-nogate.db"), gate));
        var app = builder.Build();
        app.MapPost("/api/ceiling/{conversationId}/activities", PostAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CeilingTarget(app, Loopback.Client(address, users));
    }

    private static async Task<Results<Ok<WebChatTurnResponse>, BadRequest>> PostAsync(
        string conversationId, HttpRequest request, CeilingStore store, CancellationToken cancellationToken)
    {
        WebChatActivityRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<WebChatActivityRequest>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (body?.From is not { Length: > 0 } from || body.Id is not { Length: > 0 } id)
        {
            return TypedResults.BadRequest();
        }

        var text = body.Text ?? body.Value?.ToString();
        var sequence = await store.AppendAsync(conversationId, id, from, text, cancellationToken);
        return TypedResults.Ok(new WebChatTurnResponse([new WebChatMessageDto(sequence, "ok", [], [], false)], false));
    }

    public async Task<bool> SendAsync(int user, long n, CancellationToken cancellationToken)
    {
        var (conversation, json) = ChatBody.For(_run, user, n);
        using var response = await _client.PostAsync($"/api/ceiling/{conversation}/activities", Loopback.Json(json), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode && body.Contains("\"replies\":[{", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
