using BotApp.Data.Entities;

namespace BotApp.Handlers.Customers;

/// <summary>The customer row with its region and managers, read in one query; null from the reader when the viewer may not see it.</summary>
internal sealed record CustomerHeader(
    long Id, string Code, string Name, string? NameEn, Industry Industry, string Region, string? RegionEn, int Grade, decimal GradeRevenue,
    bool IsVip, bool IsRedListed, int MemberCount, StaffContact AccountManager, StaffContact? ServiceManager);
