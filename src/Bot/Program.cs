using BotApp.Bot.Cards;
using BotApp.Bot.Health;
using BotApp.Bot.Protocol;
using BotApp.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddBotData(builder.Configuration.GetConnectionString("Bot") ?? "Data Source=botapp.db");
builder.Services.AddBotProtocol();
builder.Services.AddCards();

var app = builder.Build();

await app.Services.MigrateBotDatabaseAsync();

app.MapHealth();
app.MapBotMessages();

await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
