namespace BotApp.Data.Entities;

/// <summary>
/// A standard tariff (资费) or campaign (营销活动) that personalised plans adjust. Prices, cost and market
/// reference value are maintained monthly by the product innovation center; a plan may never price below
/// <see cref="UnitCost"/>. Only published entries can be the base of a plan.
/// </summary>
public sealed class Tariff
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public long ProductId { get; set; }
    public Product Product { get; set; } = null!;

    /// <summary>Per unit (line, member, rack) per month, yuan.</summary>
    public decimal StandardMonthlyPrice { get; set; }
    public decimal UnitCost { get; set; }
    public decimal MarketReferenceValue { get; set; }
    public bool IsCampaign { get; set; }
    public bool IsPublished { get; set; }
}
