namespace BotApp.Bot.Protocol.Connector;

/// <summary>The one pooled HttpClient the bot uses to call channels.</summary>
public static class ConnectorHttp
{
    public const string ClientName = "BotApp.Connector";
}
