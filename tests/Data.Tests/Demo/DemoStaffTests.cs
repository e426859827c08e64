using BotApp.Data.Demo;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Tests.Demo;

public sealed class DemoStaffTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task Every_role_has_staff()
    {
        await using var db = demo.CreateContext();

        var roles = await db.Staff.Select(s => s.Role).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<StaffRole>().Order(), roles.Order());
    }

    [Fact]
    public async Task The_named_demo_people_have_their_Web_Chat_ids_and_come_first()
    {
        await using var db = demo.CreateContext();

        var named = await db.Staff.Where(s => s.WebChatId != null).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Role, s.WebChatId, Unit = s.OrgUnit!.Code }).ToListAsync();

        Assert.Equal(DemoPerson.All.Select((p, i) => new { Id = i + 1L, p.Name, p.Role, WebChatId = (string?)p.WebChatId, Unit = p.UnitCode }), named);
        Assert.Contains(named, s => s is { Name: "王芳", WebChatId: "dl_wangfang", Role: StaffRole.AccountManager });
        Assert.True(named.Select(s => s.Role).Distinct().Count() >= 8);
    }

    [Fact]
    public async Task An_account_manager_looks_after_about_ten_groups()
    {
        await using var db = demo.CreateContext();

        var perManager = await db.GroupCustomers.Where(c => c.AccountManagerId > DemoPerson.All.Count)
            .GroupBy(c => c.AccountManagerId).Select(g => g.Count()).ToListAsync();

        Assert.InRange(perManager.Average(), 8, 12);
    }

    [Fact]
    public async Task Every_customer_belongs_to_the_unit_of_its_account_manager()
    {
        await using var db = demo.CreateContext();

        var elsewhere = await db.GroupCustomers.CountAsync(c => c.OrgUnitId != c.AccountManager.OrgUnitId);

        Assert.Equal(0, elsewhere);
    }
}
