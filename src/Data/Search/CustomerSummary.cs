using BotApp.Data.Entities;

namespace BotApp.Data.Search;

/// <summary>
/// One customer in a search result. <see cref="MonthlyRevenue"/> is the cached grade revenue (ADR-006);
/// <see cref="AgreementEndsOn"/> is the earliest end of an active agreement, which the caller turns into a renewal
/// window with Rules/AgreementExpiry and today's date.
/// </summary>
public sealed record CustomerSummary(
    long Id,
    string Code,
    string Name,
    string? NameEn,
    int Grade,
    Industry Industry,
    decimal MonthlyRevenue,
    bool HasArrears,
    DateOnly? AgreementEndsOn);
