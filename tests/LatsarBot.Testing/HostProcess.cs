using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LatsarBot.Testing;

/// <summary>
/// The real executable in its own process (the host's build output, run with `dotnet`), for what only a
/// process shows: exit codes, refusing to start, and surviving a kill -9.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri? address)
    {
        _process = process;
        BaseAddress = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri? BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string Executable
    {
        get
        {
            // tests/X/bin/<Configuration>/net10.0 → src/LatsarBot/bin/<Configuration>/net10.0
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(TestPaths.RepoRoot, "src", "LatsarBot", "bin", configuration, framework.Name, "LatsarBot.dll");
        }
    }

    /// <summary>Runs a CLI command to completion: exit code and everything it printed.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(string workingDirectory, params string[] args) =>
        RunCommandAsync(workingDirectory, input: null, environment: new Dictionary<string, string>(), args);

    /// <summary>Runs a CLI command with typed input (each line as if entered at the terminal) and extra environment.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(
        string workingDirectory, string? input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var run = Start(workingDirectory, null, args, environment);
        if (input is not null)
        {
            await run._process.StandardInput.WriteAsync(input);
        }

        run._process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await run._process.WaitForExitAsync(timeout.Token);
        run._process.WaitForExit(); // flushes the redirected streams
        return (run._process.ExitCode, run.Output);
    }

    /// <summary>Starts the web host on a free loopback port and waits until /healthz answers.</summary>
    public static async Task<HostProcess> StartServerAsync(string workingDirectory, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var host = Start(workingDirectory, address, ["--urls", address.ToString(), .. args]);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && !host._process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(address, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        var output = host.Output;
        await host.DisposeAsync();
        throw new InvalidOperationException("The host did not become healthy:\n" + output);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what was committed is all that survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static HostProcess Start(string workingDirectory, Uri? address, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in TestEnvironment.ProcessVariables)
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new HostProcess(Process.Start(start)!, address);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
