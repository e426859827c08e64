using BotApp.Bot.Demo;
using BotApp.Data;

namespace BotApp.Bot.Commands;

/// <summary>
/// The services commands use, configured exactly like the bot (same builder, so the same appsettings, environment
/// variables, user secrets and command-line overrides such as <c>--ConnectionStrings:Bot "Data Source=x.db"</c>),
/// but never started: no server, no hosted services.
/// </summary>
internal static class CommandHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddBotData();
        builder.Services.AddDemoOptions(builder.Configuration);
        return builder.Build();
    }
}
