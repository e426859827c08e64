namespace BotApp.Data.Entities;

/// <summary>协议: a contract with a group customer; its end date drives renewal alerts.</summary>
public sealed class Agreement : ICustomerOwned
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public DateOnly StartOn { get; set; }

    /// <summary>The last day the agreement is in force.</summary>
    public DateOnly EndOn { get; set; }

    /// <summary>Total contract value, yuan.</summary>
    public decimal Value { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.Active;
}
