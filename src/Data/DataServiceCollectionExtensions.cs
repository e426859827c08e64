using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddBotData(this IServiceCollection services, string connectionString)
    {
        var pragmas = new SqlitePragmas();
        services.AddDbContextPool<BotDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(pragmas));
        return services;
    }
}
