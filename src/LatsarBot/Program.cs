using LatsarBot.Cli;
using LatsarBot.Content;
using LatsarBot.Hosting;

if (LatsarCli.IsCommand(args))
{
    return await LatsarCli.RunAsync(args);
}

WebApplication app;
try
{
    app = await LatsarWebApp.CreateAsync(args);
}
catch (ContentInvalidException e)
{
    // Refuse to start on broken content, with the same lines `content check` prints.
    Console.Error.WriteLine(e.Message);
    return 1;
}
catch (StartupRefusedException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

await app.RunAsync();
return 0;
