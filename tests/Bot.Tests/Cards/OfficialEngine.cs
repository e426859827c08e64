using System.Text.Json.Nodes;

namespace BotApp.Bot.Tests.Cards;

/// <summary>
/// What the official adaptivecards-templating engine makes of every sample and every case in
/// binder-cases.json, computed once (one Node process) for the whole test class.
/// </summary>
public sealed class OfficialEngine : IAsyncLifetime
{
    private Dictionary<string, JsonObject> _results = [];

    public static IReadOnlyList<JsonObject> Cases { get; } =
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(CardsCheck.RepoRoot, "tests", "Bot.Tests", "Cards", "binder-cases.json")))!.AsArray().Select(c => c!.AsObject())];

    public static TheoryData<string> CaseNames => [.. Cases.Select(c => (string)c["name"]!)];

    /// <summary>{ output } or { error } for a sample ("sample:name") or a case ("case:name").</summary>
    public JsonObject this[string key] => _results[key];

    public async Task InitializeAsync()
    {
        var input = new JsonArray();
        foreach (var sample in CardSample.All)
            input.Add(new JsonObject { ["name"] = "sample:" + sample.Name, ["template"] = sample.Template.DeepClone(), ["data"] = sample.Data.DeepClone() });
        foreach (var c in Cases)
            input.Add(new JsonObject { ["name"] = "case:" + c["name"], ["template"] = c["template"]?.DeepClone(), ["data"] = c["data"]?.DeepClone() });
        var results = await CardsCheck.RunAsync("expand.js", input);
        _results = results.Select(r => r!.AsObject()).ToDictionary(r => (string)r["name"]!);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
