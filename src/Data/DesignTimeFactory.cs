using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BotApp.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the bot.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BotDbContext>
{
    public BotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite("Data Source=design.db").Options);
}
