namespace BotApp.Bot.Protocol.Schema;

public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public System.Text.Json.Nodes.JsonNode? ChannelData { get; set; }
}

public sealed record ErrorResponse(Error? Error);

public sealed record Error(string? Code, string? Message);
