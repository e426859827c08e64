namespace BotApp.Handlers.Customers;

/// <summary>What the customer lookups write to the audit log (ADR-012). A search names no one customer: its EntityId is "*" and the customers it showed are in the details.</summary>
public static class CustomerAudit
{
    public const string EntityType = "GroupCustomer";
    public const string AnyCustomer = "*";
    public const string Search = "customer.search";
    public const string View = "customer.view";
    public const string Bills = "customer.bills";
}
