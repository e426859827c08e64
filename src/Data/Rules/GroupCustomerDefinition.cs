using BotApp.Data.Entities;

namespace BotApp.Data.Rules;

/// <summary>
/// Seed 002, 第三条: a unit is a group customer when it has 10 or more mobile users, or any data or voice leased
/// line, or uses comprehensive services; it is comprehensive (综合业务) when it uses two or more services. A
/// "service" is a product category (several cloud products are one service); see docs/decisions/ADR-008.
/// </summary>
public static class GroupCustomerDefinition
{
    public const int MinimumMobileUsers = 10;
    public const int ComprehensiveServices = 2;

    /// <param name="activeSubscriptions">The customer's subscriptions in service today (Subscription.IsActiveOn).</param>
    public static ServiceFootprint FootprintOf(IEnumerable<(ProductCategory Category, int Quantity)> activeSubscriptions)
    {
        var used = activeSubscriptions.Where(s => s.Quantity > 0).ToList();
        return new ServiceFootprint(
            MobileUsers: used.Where(s => s.Category == ProductCategory.Mobile).Sum(s => s.Quantity),
            HasDataLine: used.Any(s => s.Category == ProductCategory.DataLine),
            HasVoiceLine: used.Any(s => s.Category == ProductCategory.VoiceLine),
            Services: used.Select(s => s.Category).Distinct().Count());
    }

    public static bool IsComprehensive(ServiceFootprint footprint) => footprint.Services >= ComprehensiveServices;

    public static bool IsGroupCustomer(ServiceFootprint footprint) =>
        footprint.MobileUsers >= MinimumMobileUsers || footprint.HasDataLine || footprint.HasVoiceLine || IsComprehensive(footprint);
}

public sealed record ServiceFootprint(int MobileUsers, bool HasDataLine, bool HasVoiceLine, int Services);
