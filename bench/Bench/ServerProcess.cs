using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotApp.Bench;

/// <summary>A target (the bot, or the floor) as its own process on a free loopback port, ready when /readyz answers.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private ServerProcess(Process process, string directory, string baseUrl)
    {
        _process = process;
        _directory = directory;
        MessagesUrl = baseUrl + "/api/messages";
    }

    public string MessagesUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>CPU time the process has used so far (user + system), to tell its cost per turn from the machine's load.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// The real bot in Production mode (which never seeds demo data) on a fresh SQLite file in its own directory, or
    /// on <paramref name="databaseFile"/>, which it migrates and writes to (state, audit) but does not delete.
    /// </summary>
    public static Task<ServerProcess> StartBotAsync(string? databaseFile = null)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("botapp-bench-").FullName;
        var start = Start("BotApp.Bot.dll", ["--urls", $"http://127.0.0.1:{port}"]);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Bot"] = $"Data Source={databaseFile ?? Path.Combine(directory, "bench.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return LaunchAsync("bot", start, directory, port);
    }

    /// <summary>This program again, as the floor (<see cref="FloorServer"/>), answering with <paramref name="answerJson"/>.</summary>
    public static async Task<ServerProcess> StartFloorAsync(string answerJson)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("botapp-floor-").FullName;
        var answerPath = Path.Combine(directory, "answer.json");
        await File.WriteAllTextAsync(answerPath, answerJson);
        return await LaunchAsync("floor", Start("BotApp.Bench.dll", [FloorServer.Command, port.ToString(System.Globalization.CultureInfo.InvariantCulture), answerPath]), directory, port);
    }

    private static ProcessStartInfo Start(string dll, string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, dll), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The same GC for both targets: ASP.NET Core's default, server GC.
        start.Environment["DOTNET_gcServer"] = "1";
        return start;
    }

    private static async Task<ServerProcess> LaunchAsync(string name, ProcessStartInfo start, string directory, int port)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[{name}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync(baseUrl + "/readyz")).IsSuccessStatusCode)
                    return new ServerProcess(process, directory, baseUrl);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The {name} did not become ready within 30 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
