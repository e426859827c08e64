using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Tests.CustomerLookup.Charts;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>teams/: the app package template agrees with the code and with Teams' limits (manifest and localization schema).</summary>
public sealed partial class TeamsManifestTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Teams");

    private static JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!;

    [Fact]
    public void Declares_the_search_command_the_extension_answers()
    {
        var command = Read("manifest.json")["composeExtensions"]![0]!["commands"]![0]!;

        Assert.Equal(CustomerMessageExtension.CommandId, (string?)command["id"]);
        Assert.Equal("query", (string?)command["type"]);
        Assert.True((bool)command["initialRun"]!);
        Assert.Equal(CustomerMessageExtension.QueryParameter, (string?)Assert.Single(command["parameters"]!.AsArray())!["name"]);
    }

    [Fact]
    public void The_bot_and_the_extension_are_the_same_registration_with_the_version_and_host_left_to_fill_in()
    {
        var manifest = Read("manifest.json");

        Assert.Equal("1.17", (string?)manifest["manifestVersion"]);
        Assert.Equal("${{MICROSOFT_APP_ID}}", (string?)manifest["id"]);
        Assert.Equal("${{MICROSOFT_APP_ID}}", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("${{MICROSOFT_APP_ID}}", (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal("${{APP_VERSION}}", (string?)manifest["version"]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en-us.json")]
    public void Texts_keep_within_the_lengths_Teams_accepts(string file)
    {
        var node = Read(file);
        string Text(string path) => file == "manifest.json" ? (string)Resolve(node, path)! : (string)node[path]!;

        Assert.InRange(Text("name.short").Length, 1, 30);
        Assert.InRange(Text("name.full").Length, 1, 100);
        Assert.InRange(Text("description.short").Length, 1, 80);
        Assert.InRange(Text("composeExtensions[0].commands[0].title").Length, 1, 32);
        Assert.InRange(Text("composeExtensions[0].commands[0].parameters[0].title").Length, 1, 32);
    }

    [Fact]
    public void Every_English_text_replaces_one_that_exists_in_the_manifest()
    {
        var manifest = Read("manifest.json");
        var english = Read("en-us.json").AsObject();

        Assert.Equal("en-us.json", (string?)manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
        Assert.All(english.Where(p => p.Key != "$schema"), p => Assert.NotNull(Resolve(manifest, p.Key)));
    }

    [Fact]
    public void The_icons_have_the_sizes_Teams_requires_and_the_outline_is_white_on_transparent()
    {
        var color = PngFile.Read(File.ReadAllBytes(Path.Combine(Folder, "color.png")));
        var outline = PngFile.Read(File.ReadAllBytes(Path.Combine(Folder, "outline.png")));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var colours = Enumerable.Range(0, 32 * 32).Select(i => outline.Colour(i % 32, i / 32)).Distinct().ToList();
        Assert.All(colours, c => Assert.True(c.A == 0 || c is (255, 255, 255, 255), $"outline pixel {c}"));
        Assert.Equal(2, colours.Count);
    }

    /// <summary>A localization key ("composeExtensions[0].commands[0].title", "name.short") as a path into the manifest.</summary>
    private static JsonNode? Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (Match step in PathStep().Matches(path))
        {
            node = node?[step.Groups["name"].Value];
            if (step.Groups["index"].Success)
                node = node is JsonArray array && int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
        }
        return node;
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)(\[(?<index>\d+)\])?")]
    private static partial Regex PathStep();
}
