namespace BotApp.Data.Entities;

/// <summary>A product in the catalogue (mobile VPN, leased line, IDC, cloud, …).</summary>
public sealed class Product
{
    public long Id { get; set; }

    /// <summary>Stable code, e.g. MVPN, DLINE, IDC.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public ProductCategory Category { get; set; }
}
