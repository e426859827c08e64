using BotApp.Data.Entities;

namespace BotApp.Handlers.Customers;

/// <summary>
/// What a person asked for when looking up customers, as the recognizer understood it (Features/CustomerLookup):
/// every part is optional and they combine with AND. Nothing at all lists every customer the viewer may see.
/// </summary>
/// <param name="NameFragment">Any part of the Chinese or English name.</param>
/// <param name="Code">A whole customer code, e.g. C330200001.</param>
/// <param name="Grade">Exact star grade, 1–5.</param>
/// <param name="MineOnly">"我的客户": customers the viewer manages (account or service manager).</param>
/// <param name="WithArrears">"欠费客户": customers with an outstanding arrears amount.</param>
/// <param name="AgreementsEnding">"本月到期协议": customers with an active agreement ending in the window.</param>
public sealed record CustomerLookup(
    string? NameFragment = null,
    string? Code = null,
    int? Grade = null,
    Industry? Industry = null,
    bool MineOnly = false,
    bool WithArrears = false,
    AgreementWindow? AgreementsEnding = null)
{
    public bool IsEmpty => this == new CustomerLookup();
}

/// <summary>When agreements end: within the next <see cref="Days"/> days, or (when <see cref="ThisMonth"/>) by the end of this calendar month in the viewer's time zone.</summary>
public sealed record AgreementWindow(int Days = 30, bool ThisMonth = false);
