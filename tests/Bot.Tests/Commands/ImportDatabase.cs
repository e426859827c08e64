using BotApp.Data;
using BotApp.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Bot.Tests.Commands;

/// <summary>
/// A temp database with only what docs/import.md says must exist before an import: the demo staff and their org
/// units (王芳 and 陈静 in NB-YY and NB) and the products the samples bill (MVPN, DLINE, IDC).
/// </summary>
public sealed class ImportDatabase : IDisposable
{
    public ImportDatabase()
    {
        using var db = CreateContext();
        db.Database.Migrate();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var county = branch.AddChild("NB-YY", "余姚分公司", OrgUnitKind.CountyBranch);
        db.Staff.AddRange(
            new Staff { Name = "王芳", Role = StaffRole.AccountManager, OrgUnit = county },
            new Staff { Name = "陈静", Role = StaffRole.AccountManager, OrgUnit = branch });
        db.Products.AddRange(
            new Product { Code = "MVPN", Name = "移动VPN", Category = ProductCategory.Mobile },
            new Product { Code = "DLINE", Name = "数据专线", Category = ProductCategory.DataLine },
            new Product { Code = "IDC", Name = "IDC机房托管", Category = ProductCategory.Idc });
        db.SaveChanges();
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"botapp-import-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public BotDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmas()).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
