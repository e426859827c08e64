using BotApp.Data.Entities;
using BotApp.Data.Visibility;
using BotApp.Handlers.Customers;

namespace BotApp.Data.Tests.Customers;

public sealed class ContactPhonesTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("0574-62345678", "057****5678")]
    [InlineData("12345678", "123****5678")]
    [InlineData("1234567", "****67")]
    [InlineData("12345", "****45")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Masks_all_but_the_first_three_and_last_four_characters(string? phone, string? masked) =>
        Assert.Equal(masked, ContactPhones.Mask(phone));

    [Theory]
    [InlineData(StaffRole.UnitLead, true)]
    [InlineData(StaffRole.ServiceDesk, true)]
    [InlineData(StaffRole.AccountManager, false)]
    [InlineData(StaffRole.ServiceManager, false)]
    [InlineData(StaffRole.BusinessApprover, false)]
    [InlineData(StaffRole.CooperationApprover, false)]
    [InlineData(StaffRole.Leadership, false)]
    [InlineData(StaffRole.SupportCenter, false)]
    [InlineData(StaffRole.Admin, false)]
    public void Someone_who_does_not_manage_the_customer_reads_phones_only_in_a_role_that_calls_customers(StaffRole role, bool mayRead) =>
        Assert.Equal(mayRead, ContactPhones.MayRead(new StaffIdentity(7, role, "/NB/"), accountManagerId: 1, serviceManagerId: 2));

    [Fact]
    public void The_customers_own_account_and_service_managers_read_phones()
    {
        Assert.True(ContactPhones.MayRead(new StaffIdentity(1, StaffRole.AccountManager, "/NB/"), accountManagerId: 1, serviceManagerId: 2));
        Assert.True(ContactPhones.MayRead(new StaffIdentity(2, StaffRole.ServiceManager, "/NB/"), accountManagerId: 1, serviceManagerId: 2));
        Assert.False(ContactPhones.MayRead(new StaffIdentity(3, StaffRole.ServiceManager, "/NB/"), accountManagerId: 1, serviceManagerId: null));
    }
}
