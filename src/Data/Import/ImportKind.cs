namespace BotApp.Data.Import;

/// <summary>What a CSV file holds; the CLI takes the lower-case name (docs/import.md).</summary>
public enum ImportKind
{
    Customers,
    Agreements,
    Bills,
    Arrears,
}
