namespace BotApp.Data.Entities;

/// <summary>A contact at the customer; key persons (关键人) are the decision makers the account manager cares for.</summary>
public sealed class KeyContact : ICustomerOwned
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public bool IsKeyPerson { get; set; }
}
