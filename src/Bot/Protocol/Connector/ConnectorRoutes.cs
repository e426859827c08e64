namespace BotApp.Bot.Protocol.Connector;

/// <summary>
/// Connector URLs as Bot Builder builds them: serviceUrl with or without its trailing slash, then
/// <c>v3/...</c>, every id escaped (Teams ids carry ':', '@', ';' and ';messageid=' suffixes).
/// </summary>
public static class ConnectorRoutes
{
    public const string Conversations = "v3/conversations";

    public static Uri Resolve(string serviceUrl, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        // serviceUrl may carry a path (https://smba.trafficmanager.net/amer/), so append rather than combine.
        var root = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(root + path, UriKind.Absolute);
    }

    public static string Activities(string conversationId) => $"{Conversation(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Escape(activityId)}";

    public static string Members(string conversationId) => $"{Conversation(conversationId)}/members";

    public static string PagedMembers(string conversationId, int? pageSize, string? continuationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
            query.Add($"pageSize={size}");
        if (!string.IsNullOrEmpty(continuationToken))
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        var path = $"{Conversation(conversationId)}/pagedmembers";
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static string Conversation(string conversationId) => $"{Conversations}/{Escape(conversationId)}";

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }
}
