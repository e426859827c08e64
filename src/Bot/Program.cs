using BotApp.Bot.Cards;
using BotApp.Bot.Commands;
using BotApp.Bot.Demo;
using BotApp.Bot.Dialogs;
using BotApp.Bot.DirectLine;
using BotApp.Bot.Features;
using BotApp.Bot.Health;
using BotApp.Bot.Localization;
using BotApp.Bot.Middleware;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol;
using BotApp.Bot.Protocol.Auth;
using BotApp.Bot.Protocol.Connector;
using BotApp.Data;
using BotApp.Handlers.Audit;
using BotApp.Handlers.Plans;
using BotApp.Handlers.Staff;
using Mediator;

if (await BotCommands.TryRunAsync(args)) return;  // `-- demo …`, `-- import …`: run a command instead of the bot

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddBotData();
builder.Services.AddDemoData(builder.Configuration);
builder.Services.AddBotAuthentication(builder.Configuration);
builder.Services.AddBotProtocol();
builder.Services.AddConnectorClient(builder.Configuration);
builder.Services.AddSingleton<ILocalizer, ResxLocalizer>();
builder.Services.AddTurnMiddleware();   // turn middleware runs in registration order:
builder.Services.AddDialogs();          // errors, duplicates, references, then state,
builder.Services.AddBotFeatures();      // then the locale, then the bot
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(IdentifyStaff)];
});
builder.Services.AddAuditTrail(builder.Configuration);
builder.Services.AddPlanApprovals(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddCards();
builder.Services.AddNotices(builder.Configuration);

var app = builder.Build();

await app.Services.MigrateBotDatabaseAsync();

app.UseWebChat();
app.MapHealth();
app.MapBotMessages();
app.MapDirectLine();

await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
