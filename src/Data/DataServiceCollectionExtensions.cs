using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Bot";
    public const string DefaultConnectionString = "Data Source=botapp.db";

    /// <summary>
    /// The store. The connection string (ConnectionStrings:Bot) is read when the first context is built,
    /// not at registration, so hosts that add configuration late (tests, tools) get their own database.
    /// </summary>
    public static IServiceCollection AddBotData(this IServiceCollection services)
    {
        var pragmas = new SqlitePragmas();
        services.AddDbContextPool<BotDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) ?? DefaultConnectionString)
            .AddInterceptors(pragmas));
        return services;
    }
}
