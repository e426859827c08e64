using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// Gives the Development page someone to be: a few demo staff when the Staff table is empty.
/// Stand-in until the demo-data import takes over this job.
/// </summary>
public sealed class DemoStaffSeeder(IServiceScopeFactory scopes, DirectLineMode mode) : IHostedService
{
    public static IReadOnlyList<Staff> DemoStaff() =>
    [
        new() { Name = "王芳", Role = "AccountManager", WebChatId = "dl_wangfang" },
        new() { Name = "李强", Role = "BusinessApprover", WebChatId = "dl_liqiang" },
        new() { Name = "张伟", Role = "ServiceDesk", WebChatId = "dl_zhangwei" },
        new() { Name = "刘洋", Role = "TeamLead", WebChatId = "dl_liuyang" },
        new() { Name = "陈静", Role = "AccountManager", WebChatId = "dl_chenjing", Locale = "en-US" },
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!mode.DemoSignIn)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (await db.Staff.AnyAsync(cancellationToken))
            return;
        db.Staff.AddRange(DemoStaff());
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
