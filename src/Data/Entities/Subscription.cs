namespace BotApp.Data.Entities;

/// <summary>A product a customer uses: how many (lines, members, racks, seats) and from when to when.</summary>
public sealed class Subscription : ICustomerOwned
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public GroupCustomer Customer { get; set; } = null!;
    public long ProductId { get; set; }
    public Product Product { get; set; } = null!;
    public int Quantity { get; set; }
    public DateOnly StartOn { get; set; }

    /// <summary>The last day in service; null while open-ended.</summary>
    public DateOnly? EndOn { get; set; }

    public bool IsActiveOn(DateOnly day) => StartOn <= day && (EndOn is null || day <= EndOn);
}
