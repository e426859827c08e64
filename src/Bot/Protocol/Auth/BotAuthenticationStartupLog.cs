using Microsoft.Extensions.Options;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Says at startup how the bot authenticates, loudly when it does not: an anonymous bot accepts any request
/// without a token, which is right for local runs and wrong anywhere else.
/// </summary>
internal sealed class BotAuthenticationStartupLog(IOptions<BotAuthenticationOptions> options, ILogger<BotAuthenticationStartupLog> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.IsAnonymous)
        {
            log.LogWarning("No MicrosoftAppId is configured: the bot runs ANONYMOUSLY. Requests without an Authorization header are accepted and replies carry no token. Use this only for local development (Emulator, local Direct Line).");
        }
        else
        {
            log.LogInformation("Bot authentication: {AppType} app {AppId}, channel tokens from {Issuer}, Connector tokens from {Authority}.",
                o.MicrosoftAppType, o.MicrosoftAppId, o.ToBotFromChannelTokenIssuer, o.ChannelAuthority);
            if (o.MicrosoftAppType == BotAppType.UserAssignedMsi)
                log.LogError("MicrosoftAppType UserAssignedMSI is not supported yet: inbound tokens are checked, but replies will fail for want of a Connector token.");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
