using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BotApp.Bot.Tests.Cards;

/// <summary>
/// Runs the Node reference scripts in tools/cards-check (official adaptivecards-templating and
/// adaptivecards packages). They need `npm ci` in that folder; without it these tests fail, never skip.
/// </summary>
internal static class CardsCheck
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ToolDirectory => Path.Combine(RepoRoot, "tools", "cards-check");

    /// <summary>Sends <paramref name="input"/> as JSON on stdin to <c>node script</c> and parses its stdout.</summary>
    public static async Task<JsonArray> RunAsync(string script, JsonArray input)
    {
        var modules = Path.Combine(ToolDirectory, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "adaptivecards-templating")) || !Directory.Exists(Path.Combine(modules, "adaptivecards")))
            throw new InvalidOperationException($"The Node reference packages are missing: run `npm ci` in {ToolDirectory}.");

        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (is Node.js installed?).");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await stderr}");
        return JsonNode.Parse(await stdout)!.AsArray();
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotApp.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("BotApp.sln not found above the test binaries.");
    }
}
