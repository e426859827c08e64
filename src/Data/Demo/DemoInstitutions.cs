namespace BotApp.Data.Demo;

/// <summary>
/// Names of public bodies and other non-company customers: bureaus, town governments, village committees,
/// schools, hospitals, bank branches. Built from the region's administrative name and its towns; the city
/// branch has no towns of its own, so it borrows a county's (a branch-level key account can sit anywhere).
/// </summary>
public static partial class DemoInstitutions
{
    /// <summary>A town of the region with the administrative name it is written under.</summary>
    private static (string Admin, string Town) Town(DemoRandom random, DemoRegion region)
    {
        var county = region.Towns.Length > 0 ? region : random.Pick(DemoRegions.Counties);
        return (county.Admin.Zh, random.Pick(county.Towns));
    }

    private static string Short(string town) => town.TrimEnd('镇').Replace("街道", "", StringComparison.Ordinal);
}
