using System.Text.Json;
using BotApp.Bot.Notices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Tests.Notices;

public sealed class OutboxSettingsTests
{
    [Fact]
    public void The_sample_documents_every_outbox_key_with_its_default()
    {
        var sample = new ConfigurationBuilder().AddInMemoryCollection(Flatten(LoadSample().GetProperty(OutboxOptions.Section), OutboxOptions.Section)).Build();
        var keys = typeof(OutboxOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);

        var documented = Options(sample);

        Assert.All(keys, key => Assert.NotNull(sample[$"{OutboxOptions.Section}:{key}"]));
        Assert.Equivalent(new OutboxOptions(), documented);
    }

    [Fact]
    public void Refuses_a_retry_delay_of_zero()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:RetryDelay"] = "00:00:00" }).Build();

        Assert.Throws<OptionsValidationException>(() => Options(settings));
    }

    private static OutboxOptions Options(IConfiguration configuration) =>
        new ServiceCollection().AddLogging().AddNotices(configuration).BuildServiceProvider().GetRequiredService<IOptions<OutboxOptions>>().Value;

    private static Dictionary<string, string?> Flatten(JsonElement section, string prefix) =>
        section.EnumerateObject().ToDictionary(p => $"{prefix}:{p.Name}", p => (string?)(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()));

    private static JsonElement LoadSample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "appsettings.sample.json")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "appsettings.sample.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.Clone();
    }
}
