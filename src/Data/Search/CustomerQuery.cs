using BotApp.Data.Entities;

namespace BotApp.Data.Search;

/// <summary>
/// What to look for; every criterion is optional and they combine with AND. <see cref="NameFragment"/> is any part of
/// the Chinese or English name, one character or more; <see cref="Code"/> is a whole customer code. No criterion at
/// all lists every customer the viewer may see.
/// </summary>
/// <param name="MineOnly">Only customers the viewer manages themselves ("我的客户"; per role: <see cref="ManagedCustomers"/>, ADR-012).</param>
/// <param name="WithArrears">Only customers with an outstanding arrears amount above zero.</param>
/// <param name="AgreementsEnding">Only customers with an active agreement whose last day falls in this range.</param>
public sealed record CustomerQuery(
    string? Code = null,
    string? NameFragment = null,
    long? AccountManagerId = null,
    int? Grade = null,
    Industry? Industry = null,
    bool MineOnly = false,
    bool WithArrears = false,
    DateRange? AgreementsEnding = null);
