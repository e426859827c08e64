using BotApp.Data.Entities;
using BotApp.Data.Rules;

namespace BotApp.Data.Tests.Rules;

public sealed class GroupCustomerDefinitionTests
{
    public static TheoryData<ProductCategory[], int[], bool, bool> Cases => new()
    {
        // categories, quantities, group customer?, comprehensive?
        { [ProductCategory.Mobile], [9], false, false },
        { [ProductCategory.Mobile], [10], true, false },
        { [ProductCategory.Mobile, ProductCategory.Mobile], [4, 6], true, false },
        { [ProductCategory.DataLine], [1], true, false },
        { [ProductCategory.VoiceLine], [1], true, false },
        { [ProductCategory.Cloud], [3], false, false },
        { [ProductCategory.Cloud, ProductCategory.Cloud], [1, 1], false, false },
        { [ProductCategory.Mobile, ProductCategory.Idc], [2, 1], true, true },
        { [ProductCategory.Cloud, ProductCategory.ServiceNumber], [1, 1], true, true },
        { [ProductCategory.Mobile, ProductCategory.Idc], [2, 0], false, false },
        { [], [], false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ten_mobile_users_or_a_leased_line_or_two_services_make_a_group_customer(ProductCategory[] categories, int[] quantities, bool isGroup, bool isComprehensive)
    {
        var footprint = GroupCustomerDefinition.FootprintOf(categories.Zip(quantities));

        Assert.Equal(isGroup, GroupCustomerDefinition.IsGroupCustomer(footprint));
        Assert.Equal(isComprehensive, GroupCustomerDefinition.IsComprehensive(footprint));
    }

    [Fact]
    public void Only_subscriptions_in_service_that_day_count()
    {
        var day = new DateOnly(2026, 11, 1);
        var ended = new Subscription { Quantity = 50, StartOn = new DateOnly(2024, 1, 1), EndOn = new DateOnly(2026, 10, 31) };
        var endsToday = new Subscription { Quantity = 50, StartOn = new DateOnly(2024, 1, 1), EndOn = day };
        var starts = new Subscription { Quantity = 50, StartOn = day.AddDays(1) };

        Assert.False(ended.IsActiveOn(day));
        Assert.True(endsToday.IsActiveOn(day));
        Assert.False(starts.IsActiveOn(day));
    }
}
