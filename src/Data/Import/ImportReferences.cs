using System.Globalization;
using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Import;

/// <summary>
/// The reference data rows point at, which an import never creates: org units (by code, or by a name only one unit
/// has), staff (by staff id, or by a name only one person has) and products (by code). Loaded once per file; they
/// are small. Customers may be millions and are looked up by code as rows need them (<see cref="CustomerCodes"/>).
/// </summary>
internal sealed class ImportReferences
{
    private readonly Dictionary<string, (long Id, OrgUnitKind Kind)> _unitsByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, (long Id, string Code, OrgUnitKind Kind)> _unitsByName;
    private readonly Dictionary<long, StaffRole> _staffById;
    private readonly ILookup<string, (long Id, StaffRole Role)> _staffByName;
    private readonly Dictionary<string, long> _productsByCode;

    private ImportReferences(List<OrgUnit> units, List<Staff> staff, List<Product> products)
    {
        foreach (var unit in units)
            _unitsByCode[unit.Code] = (unit.Id, unit.Kind);
        _unitsByName = units.ToLookup(u => u.Name, u => (u.Id, u.Code, u.Kind));
        _staffById = staff.ToDictionary(s => s.Id, s => s.Role);
        _staffByName = staff.ToLookup(s => s.Name, s => (s.Id, s.Role));
        _productsByCode = products.ToDictionary(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<ImportReferences> LoadAsync(BotDbContext db, CancellationToken cancellationToken) =>
        new(await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken),
            await db.Staff.AsNoTracking().ToListAsync(cancellationToken),
            await db.Products.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>A customer's region: a branch or county sub-branch, not a department.</summary>
    public long? Region(ImportRow row, ImportColumn column)
    {
        if (row.Required(column) is not { } text)
            return null;
        (long Id, OrgUnitKind Kind)? unit = _unitsByCode.TryGetValue(text, out var byCode) ? byCode : null;
        if (unit is null)
        {
            var named = _unitsByName[text].ToList();
            if (named.Count > 1)
                return Reject(row, column, text, ImportReason.AmbiguousOrgUnit, string.Join("、", named.Select(u => u.Code)));
            unit = named.Count == 1 ? (named[0].Id, named[0].Kind) : null;
        }
        return unit switch
        {
            null => Reject(row, column, text, ImportReason.UnknownOrgUnit),
            { Kind: OrgUnitKind.Department } => Reject(row, column, text, ImportReason.NotARegion),
            var (id, _) => id,
        };
    }

    /// <summary>
    /// Digits are a staff id (names never are); anything else is a name, which must belong to one person only —
    /// common names repeat in a large branch, and guessing would hand a customer to the wrong manager.
    /// </summary>
    public long? Staff(ImportRow row, ImportColumn column, StaffRole role, bool required)
    {
        if ((required ? row.Required(column) : row.Optional(column)) is not { } text)
            return null;
        (long Id, StaffRole Role)? person = null;
        if (text.All(char.IsAsciiDigit))
            person = long.TryParse(text, CultureInfo.InvariantCulture, out var id) && _staffById.TryGetValue(id, out var r) ? (id, r) : null;
        else
        {
            var named = _staffByName[text].ToList();
            if (named.Count > 1)
                return Reject(row, column, text, ImportReason.AmbiguousStaff, string.Join("、", named.Select(s => s.Id)));
            person = named.Count == 1 ? named[0] : null;
        }
        if (person is null)
            return Reject(row, column, text, ImportReason.UnknownStaff);
        if (person.Value.Role != role)
            return Reject(row, column, text, role == StaffRole.AccountManager ? ImportReason.NotAnAccountManager : ImportReason.NotAServiceManager);
        return person.Value.Id;
    }

    public long? Product(ImportRow row, ImportColumn column) =>
        row.Required(column) is not { } text ? null
        : _productsByCode.TryGetValue(text, out var id) ? id
        : Reject(row, column, text, ImportReason.UnknownProduct);

    private static long? Reject(ImportRow row, ImportColumn column, string text, ImportReason reason, params string[] args)
    {
        row.Reject(column, text, reason, args);
        return null;
    }
}
