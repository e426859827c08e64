using System.Text.RegularExpressions;

namespace BotApp.Data.Entities;

/// <summary>
/// A node of the organisation tree. <see cref="Path"/> is the chain of codes from the root ("/NB/YY/"), kept so
/// "this unit and everything under it" is one prefix comparison in SQL instead of a recursive query. Units are
/// created only through <see cref="Root"/> and <see cref="AddChild"/>, which keep the path right.
/// </summary>
public sealed partial class OrgUnit
{
    private OrgUnit() { }

    public long Id { get; set; }

    /// <summary>Upper-case letters, digits and hyphens only, so a path prefix can never match by accident.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public OrgUnitKind Kind { get; private set; }
    public long? ParentId { get; private set; }
    public OrgUnit? Parent { get; private set; }
    public string Path { get; private set; } = "";

    public static OrgUnit Root(string code, string name, OrgUnitKind kind) =>
        new() { Code = Checked(code), Name = name, Kind = kind, Path = $"/{code}/" };

    public OrgUnit AddChild(string code, string name, OrgUnitKind kind) =>
        new() { Code = Checked(code), Name = name, Kind = kind, Parent = this, ParentId = Id == 0 ? null : Id, Path = $"{Path}{code}/" };

    /// <summary>True for this unit and every unit below it.</summary>
    public bool Contains(OrgUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    private static string Checked(string code) =>
        CodePattern().IsMatch(code) ? code : throw new ArgumentException($"Org unit code '{code}' must be A-Z, 0-9 or '-'.", nameof(code));

    [GeneratedRegex("^[A-Z0-9-]{1,32}$")]
    private static partial Regex CodePattern();
}
