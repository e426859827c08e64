using BotApp.Data;
using BotApp.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BotApp.Bot.Demo;

/// <summary>
/// First run in Development: an empty database gets demo data (Demo:SeedCustomers customers, a few seconds), so the
/// README's run command yields something to browse and the Web Chat page's staff picker has people to offer. Runs at
/// start-up, after migrations and before the server takes requests. A database with any staff or customer is left alone.
/// </summary>
public sealed class DemoDataSeeder(IServiceScopeFactory scopes, IHostEnvironment environment, IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoDataSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (await db.Staff.AnyAsync(cancellationToken) || await db.GroupCustomers.AnyAsync(cancellationToken))
            return;
        var summary = await DemoData.CreateAsync(db, new DemoSettings(options.Value.SeedCustomers, options.Value.Seed), time, progress: null, cancellationToken);
        logger.LogInformation("Empty database: created demo data with {Customers} customers and {Staff} staff in {Seconds:F1} s (`demo --customers N` makes another).",
            summary.Counts.Customers, summary.Counts.Staff, summary.Total.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
