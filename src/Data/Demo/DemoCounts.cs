namespace BotApp.Data.Demo;

/// <summary>Rows written per table.</summary>
public sealed class DemoCounts
{
    public int OrgUnits { get; set; }
    public int Staff { get; set; }
    public int Products { get; set; }
    public int Tariffs { get; set; }
    public int Customers { get; set; }
    public int Contacts { get; set; }
    public int Subscriptions { get; set; }
    public int Agreements { get; set; }
    public long Bills { get; set; }
    public int Arrears { get; set; }
    public int Plans { get; set; }
    public int ApprovalSteps { get; set; }
    public int WorkOrders { get; set; }
}
