using System.Text.Json.Nodes;

namespace BotApp.Bot.Tests.Cards;

/// <summary>One template from cards/ with one sample data file from cards/samples/ (&lt;template&gt;[.variant].data.json).</summary>
public sealed record CardSample(string Name, string TemplateName, JsonObject Template, JsonNode Data)
{
    public static IReadOnlyList<string> TemplateNames { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(CardsCheck.RepoRoot, "cards"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Cast<string>()];

    public static IReadOnlyList<CardSample> All { get; } = Load();

    public static TheoryData<string> Names => [.. All.Select(s => s.Name)];

    public static CardSample Get(string name) => All.Single(s => s.Name == name);

    private static List<CardSample> Load()
    {
        var folder = Path.Combine(CardsCheck.RepoRoot, "cards");
        return [.. Directory.EnumerateFiles(Path.Combine(folder, "samples"), "*.data.json")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileName(path)[..^".data.json".Length];
                var template = name.Split('.')[0];
                return new CardSample(
                    name,
                    template,
                    JsonNode.Parse(File.ReadAllText(Path.Combine(folder, template + ".json")))!.AsObject(),
                    JsonNode.Parse(File.ReadAllText(path))!);
            })];
    }
}
