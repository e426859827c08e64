using Microsoft.Extensions.Options;

namespace BotApp.Bot.Protocol.Auth;

/// <summary>
/// Fails startup on credentials Bot Builder would also reject (ConfigurationServiceClientCredentialFactory throws
/// for them), and on an unknown ChannelService whose endpoints we cannot guess.
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
                failures.Add(message);
        }

        var type = options.MicrosoftAppType;
        if (type is BotAppType.SingleTenant or BotAppType.UserAssignedMsi)
        {
            Require(!string.IsNullOrEmpty(options.MicrosoftAppId), $"MicrosoftAppId is required when MicrosoftAppType is {type}.");
            Require(!string.IsNullOrEmpty(options.MicrosoftAppTenantId), $"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.");
        }
        if (type == BotAppType.SingleTenant)
            Require(!string.IsNullOrEmpty(options.MicrosoftAppPassword), "MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
        if (type == BotAppType.UserAssignedMsi)
            Require(string.IsNullOrEmpty(options.MicrosoftAppPassword), "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");

        if (options.Cloud is null)
        {
            foreach (var (key, value) in new[]
            {
                ("ToBotFromChannelOpenIdMetadataUrl", options.ToBotFromChannelOpenIdMetadataUrl),
                ("ToBotFromChannelTokenIssuer", options.ToBotFromChannelTokenIssuer),
                ("ToBotFromEmulatorOpenIdMetadataUrl", options.ToBotFromEmulatorOpenIdMetadataUrl),
                ("ToChannelFromBotLoginUrl", options.ToChannelFromBotLoginUrl),
                ("ToChannelFromBotOAuthScope", options.ToChannelFromBotOAuthScope),
            })
            {
                Require(!string.IsNullOrEmpty(value), $"ChannelService '{options.ChannelService}' is not a cloud with built-in endpoints; set {key}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
