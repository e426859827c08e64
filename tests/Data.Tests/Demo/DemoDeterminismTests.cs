using BotApp.Data.Demo;

namespace BotApp.Data.Tests.Demo;

public sealed class DemoDeterminismTests
{
    [Fact]
    public async Task The_same_seed_and_day_give_the_same_database()
    {
        var first = await DigestAsync(new DemoSettings(400, Seed: 7), DemoDatabase.Now);

        var second = await DigestAsync(new DemoSettings(400, Seed: 7), DemoDatabase.Now.AddHours(5));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        var first = await DigestAsync(new DemoSettings(400, Seed: 7), DemoDatabase.Now);

        var second = await DigestAsync(new DemoSettings(400, Seed: 8), DemoDatabase.Now);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Another_day_moves_the_data_with_it()
    {
        var first = await DigestAsync(new DemoSettings(400, Seed: 7), DemoDatabase.Now);

        var second = await DigestAsync(new DemoSettings(400, Seed: 7), DemoDatabase.Now.AddDays(1));

        Assert.NotEqual(first, second);
    }

    private static async Task<string> DigestAsync(DemoSettings settings, DateTimeOffset now)
    {
        using var database = new DemoDatabase(settings, now);
        await database.InitializeAsync();
        await using var db = database.CreateContext();
        return await DemoDigest.OfAsync(db);
    }
}
