using System.Text.Json;
using BotApp.Bot.Demo;
using BotApp.Bot.DirectLine;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Connector;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Tests.Configuration;

/// <summary>appsettings.sample.json documents every key: adding an option without documenting it fails here.</summary>
public sealed class SampleSettingsTests
{
    private static readonly JsonElement Sample = Load();

    [Fact]
    public void Documents_every_Bot_Framework_authentication_key_at_the_top_level()
    {
        var keys = typeof(BotAuthenticationOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Where(n => n != nameof(BotAuthenticationOptions.Cloud));

        Assert.All(keys, key => Assert.True(Sample.TryGetProperty(key, out _), $"appsettings.sample.json lacks {key}"));
    }

    [Theory]
    [InlineData(typeof(ConnectorOptions), ConnectorOptions.Section)]
    [InlineData(typeof(DirectLineOptions), DirectLineOptions.Section)]
    [InlineData(typeof(DemoOptions), DemoOptions.Section)]
    [InlineData(typeof(AuditOptions), AuditOptions.Section)]
    [InlineData(typeof(PlanApprovalOptions), PlanApprovalOptions.Section)]
    public void Documents_every_key_of_each_options_section(Type options, string section)
    {
        var documented = Sample.GetProperty(section);

        Assert.All(options.GetProperties().Where(p => p.CanWrite), p =>
            Assert.True(documented.TryGetProperty(p.Name, out _), $"appsettings.sample.json lacks {section}:{p.Name}"));
    }

    [Fact]
    public void Documents_the_connection_string()
    {
        Assert.True(Sample.GetProperty("ConnectionStrings").TryGetProperty("Bot", out _));
    }

    private static JsonElement Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "appsettings.sample.json")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var json = File.ReadAllText(Path.Combine(directory.FullName, "appsettings.sample.json"));
        return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement.Clone();
    }
}
