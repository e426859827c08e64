namespace BotApp.Data.Entities;

/// <summary>A row that belongs to one group customer; whoever may see the customer may see it (Visibility/CustomerVisibility.VisibleRows).</summary>
public interface ICustomerOwned
{
    long CustomerId { get; }
}
