using Microsoft.Extensions.Options;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// The serviceUrl stamped on activities: this channel's bot-side endpoints, so the bot's Connector calls
/// <c>{serviceUrl}v3/conversations/...</c> land in <see cref="BotEndpoints"/>.
/// </summary>
public sealed class DirectLineServiceUrl(IOptions<DirectLineOptions> options)
{
    public const string Prefix = "/v3/directline";

    public string For(HttpRequest request) => options.Value.ServiceUrl is { Length: > 0 } configured
        ? (configured.EndsWith('/') ? configured : configured + "/")
        : $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}/";
}
