using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.CustomerLookup;

/// <summary>The bot on a small demo database: the named demo staff with their portfolios, plus generated customers.</summary>
public sealed class LookupBotFactory : BotAppFactory
{
    public LookupBotFactory() => Settings["Demo:SeedCustomers"] = "300";

    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    public Task<List<GroupCustomer>> CustomersOfAsync(string webChatId) =>
        QueryAsync(db => db.GroupCustomers.AsNoTracking().Where(c => c.AccountManager.WebChatId == webChatId).ToListAsync());
}
