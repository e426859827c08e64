using System.Globalization;
using BotApp.Data.Entities;
using BotApp.Handlers.Customers;

namespace BotApp.Data.Tests.Customers;

/// <summary>Who gets a card at all, who sees contact phones in full, and the audit trail of every view.</summary>
public sealed class CustomerDetailAccessTests(LookupWorldFixture fixture) : IClassFixture<LookupWorldFixture>
{
    private readonly LookupWorld _world = fixture.World;

    [Fact]
    public async Task Another_managers_customer_is_null_exactly_like_a_customer_that_does_not_exist()
    {
        Assert.Null(await _world.DetailAsync(_world.Li, _world.Mould.Id));
        Assert.Null(await _world.DetailAsync(_world.Li, 987_654));
        Assert.Null(await _world.DetailAsync(_world.Wang, _world.Hospital.Id));
        Assert.NotNull(await _world.DetailAsync(_world.Li, _world.Hospital.Id));
    }

    [Theory]
    [InlineData(StaffRole.BusinessApprover)]
    [InlineData(StaffRole.CooperationApprover)]
    [InlineData(StaffRole.Leadership)]
    [InlineData(StaffRole.SupportCenter)]
    [InlineData(StaffRole.Admin)]
    public async Task Masks_contact_phones_for_roles_that_do_not_call_customers(StaffRole role)
    {
        var card = (await _world.DetailAsync(_world.Department[role], _world.Mould.Id))!;

        Assert.Equal(
            [("张总", "138****5678", true), ("王主任", null, false), ("李会计", "057****5678", true)],
            card.Contacts.Select(c => (c.Name, c.Phone, c.PhoneMasked)));
    }

    [Fact]
    public async Task Shows_contact_phones_to_the_customers_managers_its_unit_lead_and_the_service_desk()
    {
        foreach (var viewer in new[] { _world.Wang, _world.Zhao, _world.YuyaoLead, _world.Department[StaffRole.ServiceDesk] })
        {
            var card = (await _world.DetailAsync(viewer, _world.Mould.Id))!;

            Assert.Equal(
                [("张总", "13812345678", false), ("王主任", null, false), ("李会计", "0574-62345678", false)],
                card.Contacts.Select(c => (c.Name, c.Phone, c.PhoneMasked)));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_view_is_audited_and_only_the_audit_tells_a_hidden_customer_from_a_missing_one(bool exists)
    {
        var id = exists ? _world.Mould.Id : 987_654;

        await _world.DetailAsync(_world.Li, id);

        var entry = await _world.LastAuditAsync();
        Assert.Equal((_world.Li.Id, CustomerAudit.View, CustomerAudit.EntityType, id.ToString(CultureInfo.InvariantCulture), LookupWorld.Now),
            (entry.StaffId, entry.Action, entry.EntityType, entry.EntityId, entry.At));
        Assert.Equal(exists ? """{"outcome":"NotVisible"}""" : """{"outcome":"NotFound"}""", entry.DetailsJson);
    }

    [Fact]
    public async Task A_shown_card_is_audited_as_shown()
    {
        await _world.DetailAsync(_world.Wang, _world.Mould.Id);

        var entry = await _world.LastAuditAsync();
        Assert.Equal((_world.Wang.Id, CustomerAudit.View, """{"outcome":"Shown"}"""), (entry.StaffId, entry.Action, entry.DetailsJson));
    }
}
