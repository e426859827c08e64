using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotApp.Data.Entities;
using BotApp.Data.Import;
using BotApp.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BotApp.Data.Tests.Import;

/// <summary>
/// A migrated database holding only the reference data an import needs (docs/import.md, "What must exist first"):
/// org units NB, NB-YY, NB-JK; account managers 王芳 and 陈静, service manager 赵敏, two staff named 李娜; products
/// MVPN, DLINE, IDC. Today is 2026-11-23 in Asia/Shanghai.
/// </summary>
public sealed class ImportWorld : IDisposable
{
    public static readonly string[] ImportedTables = ["GroupCustomers", "Agreements", "MonthlyBills", "Arrears"];
    private readonly TestDatabase _database = new();

    public ImportWorld()
    {
        using var db = _database.CreateContext();
        var branch = OrgUnit.Root("NB", "宁波分公司", OrgUnitKind.Branch);
        var county = branch.AddChild("NB-YY", "余姚分公司", OrgUnitKind.CountyBranch);
        var department = branch.AddChild("NB-JK", "集团客户部", OrgUnitKind.Department);
        db.Staff.AddRange(
            new Staff { Name = "王芳", Role = StaffRole.AccountManager, OrgUnit = county },
            new Staff { Name = "陈静", Role = StaffRole.AccountManager, OrgUnit = branch },
            new Staff { Name = "赵敏", Role = StaffRole.ServiceManager, OrgUnit = county },
            new Staff { Name = "李娜", Role = StaffRole.AccountManager, OrgUnit = county },
            new Staff { Name = "李娜", Role = StaffRole.AccountManager, OrgUnit = branch },
            new Staff { Name = "刘洋", Role = StaffRole.UnitLead, OrgUnit = department });
        db.Products.AddRange(
            new Product { Code = "MVPN", Name = "移动VPN", Category = ProductCategory.Mobile },
            new Product { Code = "DLINE", Name = "数据专线", Category = ProductCategory.DataLine },
            new Product { Code = "IDC", Name = "IDC机房托管", Category = ProductCategory.Idc });
        db.SaveChanges();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public BotDbContext CreateContext() => _database.CreateContext();

    public async Task<ImportResult> ImportAsync(ImportKind kind, string csv, Encoding? fileEncoding = null, Encoding? declared = null)
    {
        await using var file = new MemoryStream((fileEncoding ?? new UTF8Encoding(false)).GetBytes(csv));
        return await ImportAsync(kind, file, declared);
    }

    public async Task<ImportResult> ImportAsync(ImportKind kind, Stream file, Encoding? declared = null)
    {
        await using var db = CreateContext();
        return await CsvImporter.ImportAsync(db, kind, file, declared, Time, CancellationToken.None);
    }

    /// <summary>Every row and column of the imported tables, hashed: equal digests mean nothing changed.</summary>
    public async Task<string> DigestAsync()
    {
        await using var db = CreateContext();
        await db.Database.OpenConnectionAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in ImportedTables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) + "\u001f"));
                hash.AppendData("\u001e"u8);
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public async Task<long> StaffIdAsync(string name, StaffRole role)
    {
        await using var db = CreateContext();
        return await db.Staff.Where(s => s.Name == name && s.Role == role).Select(s => s.Id).FirstAsync();
    }

    public void Dispose() => _database.Dispose();
}
