using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.DirectLine;

/// <summary>
/// Gives the Development page someone to be: a few demo staff, in a small org tree, when the Staff table is
/// empty. Stand-in until the demo-data generator takes over this job.
/// </summary>
public sealed class DemoStaffSeeder(IServiceScopeFactory scopes, DirectLineMode mode) : IHostedService
{
    public static IReadOnlyList<Staff> DemoStaff()
    {
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var county = branch.AddChild("NB-YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var department = branch.AddChild("NB-JK", "集团客户部", OrgUnitKind.Department);
        return
        [
            new() { Name = "王芳", Role = StaffRole.AccountManager, OrgUnit = county, WebChatId = "dl_wangfang" },
            new() { Name = "李强", Role = StaffRole.BusinessApprover, OrgUnit = department, WebChatId = "dl_liqiang" },
            new() { Name = "张伟", Role = StaffRole.ServiceDesk, OrgUnit = department, WebChatId = "dl_zhangwei" },
            new() { Name = "刘洋", Role = StaffRole.UnitLead, OrgUnit = county, WebChatId = "dl_liuyang" },
            new() { Name = "陈静", Role = StaffRole.AccountManager, OrgUnit = branch, WebChatId = "dl_chenjing", Locale = "en-US" },
        ];
    }

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
