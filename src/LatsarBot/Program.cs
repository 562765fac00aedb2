using LatsarBot.Channels.WebChat;
using LatsarBot.Cli;
using LatsarBot.Content;
using LatsarBot.Endpoints;
using LatsarBot.Hosting;
using LatsarBot.Outbox;

if (LatsarCli.IsCommand(args))
{
    return await LatsarCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(HostPaths.WebOptions(args));
ContentBundle content;
try
{
    content = ContentBundle.Load(builder.Configuration.GetSection("Content").Get<ContentOptions>()?.ResolvePath() ?? "content");
}
catch (ContentInvalidException e)
{
    // Refuse to start on broken content, with the same lines `content check` prints.
    Console.Error.WriteLine(e.Message);
    return 1;
}

builder.Services.AddLatsarBot(builder.Configuration, content);
builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

var app = builder.Build();
await LatsarBotServices.PrepareDatabaseAsync(app.Services, CancellationToken.None);

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapHealthEndpoints();
app.MapWebChatEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
