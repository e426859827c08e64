using System.Globalization;
using BotApp.Data.Rules;

namespace BotApp.Data.Demo;

/// <summary>What a demo run wrote and how long each phase took.</summary>
public sealed record DemoSummary(DemoSettings Settings, DemoCalendar Calendar, DemoCounts Counts, TimeSpan Load, TimeSpan Grades, TimeSpan Indexes, TimeSpan Total)
{
    public IEnumerable<string> Describe()
    {
        var c = Counts;
        var culture = CultureInfo.InvariantCulture;
        yield return string.Create(culture, $"Demo data: seed {Settings.Seed}, today {Calendar.Today:yyyy-MM-dd} (Asia/Shanghai), bills {Month(Calendar.FirstMonth)} to {Month(Calendar.LastClosedMonth)}");
        yield return string.Create(culture, $"  org units {c.OrgUnits:N0}, staff {c.Staff:N0}, products {c.Products:N0}, tariffs {c.Tariffs:N0}");
        yield return string.Create(culture, $"  customers {c.Customers:N0}, contacts {c.Contacts:N0}, subscriptions {c.Subscriptions:N0}, agreements {c.Agreements:N0}");
        yield return string.Create(culture, $"  monthly bills {c.Bills:N0}, arrears {c.Arrears:N0}, plans {c.Plans:N0} ({c.ApprovalSteps:N0} approval steps), work orders {c.WorkOrders:N0}");
        yield return string.Create(culture, $"  load {Load.TotalSeconds:F1} s, grades {Grades.TotalSeconds:F1} s, indexes {Indexes.TotalSeconds:F1} s, total {Total.TotalSeconds:F1} s");
    }

    private static string Month(int month) => BillingMonth.FirstDay(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
