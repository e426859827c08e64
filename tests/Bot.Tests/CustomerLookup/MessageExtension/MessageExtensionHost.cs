using BotApp.Bot.Features.CustomerLookup.MessageExtension;
using BotApp.Bot.Protocol.Turns;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.CustomerLookup.MessageExtension;

/// <summary>
/// The real host with the extension wired the way the bot will wire it (first thing in its invoke handling), and a
/// scripted card source in place of customer lookup, so the extension is tested through /api/messages alone.
/// </summary>
public sealed class MessageExtensionHost : BotAppFactory
{
    public MessageExtensionHost()
    {
        ConfigureTestServices = services =>
        {
            services.AddSingleton(Cards);
            services.AddCustomerLookupTeams<ScriptedCardSource>();
            services.AddScoped<IBot, ExtensionBot>();
        };
    }

    public CardScript Cards { get; } = new();

    /// <summary>A member of staff who chats from Teams, with a fresh Entra object id.</summary>
    public async Task<Staff> AddStaffAsync(string name, StaffRole role = StaffRole.AccountManager)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var staff = new Staff { Name = name, Role = role, AadObjectId = Guid.NewGuid().ToString() };
        db.Staff.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    private sealed class ExtensionBot(CustomerMessageExtension extension) : ActivityHandler
    {
        protected override Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            extension.TryHandleAsync(turnContext, cancellationToken);
    }
}
