using System.Data.Common;
using BotApp.Data.Rules;
using Microsoft.EntityFrameworkCore;

namespace BotApp.Data.Import;

/// <summary>
/// Resolves customer codes to ids for agreement, bill and arrears rows: one prepared lookup on the unique Code index
/// per distinct code, remembered for the rest of the file (a bills file names each customer once per product and month).
/// Needs the context's connection open for its lifetime.
/// </summary>
internal sealed class CustomerCodes(BotDbContext db) : IDisposable
{
    private readonly Dictionary<string, long?> _known = new(StringComparer.Ordinal);
    private DbCommand? _lookup;

    public long? Resolve(ImportRow row, ImportColumn column)
    {
        if (row.Required(column) is not { } code)
            return null;
        if (!CustomerCode.IsValid(code))
        {
            row.Reject(column, code, ImportReason.InvalidCustomerCode);
            return null;
        }
        if (!_known.TryGetValue(code, out var id))
            _known[code] = id = Find(code);
        if (id is null)
            row.Reject(column, code, ImportReason.UnknownCustomer);
        return id;
    }

    public void Dispose() => _lookup?.Dispose();

    private long? Find(string code)
    {
        if (_lookup is null)
        {
            _lookup = db.Database.GetDbConnection().CreateCommand();
            _lookup.CommandText = "SELECT \"Id\" FROM \"GroupCustomers\" WHERE \"Code\" = @code";
            var parameter = _lookup.CreateParameter();
            parameter.ParameterName = "@code";
            _lookup.Parameters.Add(parameter);
        }
        _lookup.Parameters[0].Value = code;
        return _lookup.ExecuteScalar() is long id ? id : null;
    }
}
