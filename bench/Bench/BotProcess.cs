using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotApp.Bench;

/// <summary>The real bot, as its own process in Production mode on a fresh database.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private BotProcess(Process process, string directory, string baseUrl)
    {
        _process = process;
        _directory = directory;
        MessagesUrl = baseUrl + "/api/messages";
    }

    public string MessagesUrl { get; }

    public static async Task<BotProcess> StartAsync(BenchOptions options)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("botapp-bench-").FullName;
        var dll = Path.Combine(AppContext.BaseDirectory, "BotApp.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Bot"] = $"Data Source={Path.Combine(directory, "bench.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[bot] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync(baseUrl + "/readyz")).IsSuccessStatusCode)
                    return new BotProcess(process, directory, baseUrl);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The bot did not become ready within 30 s.");
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
