namespace BotApp.Bot.DirectLine;

/// <summary>The local Direct Line channel (section <c>DirectLine</c>); every key is in appsettings.sample.json.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>False turns the channel and the Web Chat page off everywhere.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The Direct Line secret: <c>Bearer</c> for tokens/generate and for servers that embed Web Chat.
    /// Outside Development the channel is off without it; tokens are signed with a key derived from it.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Where the bot sends its replies. Default: the host the client used plus <c>/v3/directline/</c>.
    /// Set it (e.g. <c>http://127.0.0.1:3978/v3/directline/</c>) behind a reverse proxy, because the
    /// bot-side endpoints only answer loopback callers.
    /// </summary>
    public string? ServiceUrl { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>A conversation nobody posted to or polled for this long is forgotten.</summary>
    public int ConversationIdleMinutes { get; set; } = 60;

    /// <summary>Activities kept per conversation for polling; older ones drop off.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    public string BotId { get; set; } = "botapp";

    public string BotName { get; set; } = "BotApp";
}
