using BotApp.Bot.Dialogs;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.State;
using BotApp.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Dialogs;

public sealed class AddDialogsTests
{
    [Fact]
    public async Task Registers_the_state_middleware_per_scope_over_the_scopes_states()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Bot", "Data Source=:memory:")]).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System).AddBotData().AddDialogs();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Database.OpenConnectionAsync(); // ":memory:" lives as long as this connection
        await db.Database.EnsureCreatedAsync();

        var middleware = Assert.IsType<AutoSaveStateMiddleware>(Assert.Single(scope.ServiceProvider.GetServices<IMiddleware>()));
        var turn = new FakeTurnContext(Infrastructure.Activities.Message("hi"));
        await middleware.OnTurnAsync(turn, _ => Task.CompletedTask, CancellationToken.None);

        Assert.Same(scope.ServiceProvider.GetRequiredService<ConversationState>(), turn.GetConversationState());
        Assert.Same(scope.ServiceProvider.GetRequiredService<UserState>(), turn.GetUserState());
    }
}
