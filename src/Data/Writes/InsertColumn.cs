using Microsoft.EntityFrameworkCore.Metadata;

namespace BotApp.Data.Writes;

/// <summary>One column of a bulk INSERT: reads the property and converts it the way EF would store it.</summary>
internal sealed class InsertColumn(IProperty property, string name)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly Func<object?, object?>? _toProvider = property.GetTypeMapping().Converter?.ConvertToProvider;

    /// <summary>An unset generated key (Id = 0) is written as NULL so SQLite assigns the next rowid.</summary>
    private readonly bool _generatedWhenUnset = property.ValueGenerated.HasFlag(ValueGenerated.OnAdd);

    public string Name { get; } = name;
    public IProperty Property { get; } = property;

    public object ValueOf(object row)
    {
        if (_generatedWhenUnset && _getter.HasSentinelValueUsingContainingEntity(row))
            return DBNull.Value;
        var value = _getter.GetClrValueUsingContainingEntity(row);
        if (value is not null && _toProvider is not null)
            value = _toProvider(value);
        return value ?? DBNull.Value;
    }
}
