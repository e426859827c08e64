using System.Net.Http.Json;
using BotApp.Bot.DirectLine;
using BotApp.Bot.Tests.DirectLine;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Demo;

public sealed class DemoDataSeederTests
{
    [Fact]
    public async Task In_Development_an_empty_database_gets_demo_customers_and_the_staff_picker_offers_named_people_of_every_role()
    {
        await using var factory = new DirectLineAppFactory { WithSecret = false };
        factory.Settings["Demo:SeedCustomers"] = "60";
        var http = factory.CreateClient();

        var picker = await http.GetFromJsonAsync<List<WebChatEndpoints.DemoStaff>>("/webchat/staff");

        Assert.Equal(60, await CountCustomersAsync(factory));
        Assert.InRange(picker!.Count, 6, 10);
        Assert.Equal("王芳", picker[0].Name);
        Assert.True(picker.Select(s => s.Role).Distinct().Count() >= 8, string.Join(", ", picker.Select(s => s.Role)));
    }

    [Fact]
    public async Task Outside_Development_nothing_is_seeded()
    {
        await using var factory = new DirectLineAppFactory { EnvironmentName = "Production" };
        factory.Settings["Demo:SeedCustomers"] = "60";
        factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.False(await db.Staff.AnyAsync());
    }

    [Fact]
    public async Task A_database_that_already_has_staff_is_left_alone()
    {
        var path = Path.Combine(Path.GetTempPath(), $"botapp-seeder-{Guid.NewGuid():N}.db");
        try
        {
            await using (var first = new BotAppFactory())
            {
                first.Settings["ConnectionStrings:Bot"] = $"Data Source={path}";
                first.CreateClient();
            }
            await using var second = new BotAppFactory();
            second.Settings["ConnectionStrings:Bot"] = $"Data Source={path}";
            second.Settings["Demo:SeedCustomers"] = "60";
            second.CreateClient();

            Assert.Equal(0, await CountCustomersAsync(second));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
    }

    private static async Task<int> CountCustomersAsync(BotAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BotDbContext>().GroupCustomers.CountAsync();
    }
}
