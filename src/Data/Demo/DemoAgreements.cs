using System.Globalization;
using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// The customer's agreement, ending <see cref="DemoCustomerSpec.AgreementDaysLeft"/> days from today after a one- to
/// three-year term; older customers often have the agreement it renewed, and some ending soon already have a draft
/// renewal. The value is the monthly revenue over the term less a negotiated few percent.
/// </summary>
public static class DemoAgreements
{
    private static readonly int[] Terms = [12, 12, 24, 24, 36];

    public static void Add(DemoCalendar calendar, DemoChunk chunk, long customerId, DemoCustomerSpec spec, DemoRandom random, decimal monthly, DateOnly joined)
    {
        if (spec.AgreementDaysLeft is not { } daysLeft)
            return;
        var term = random.Pick(Terms);
        var endOn = calendar.Today.AddDays(daysLeft);
        var startOn = endOn.AddMonths(-term).AddDays(1);
        var number = 0;
        if (joined < startOn.AddMonths(-12) && random.Chance(0.35))
            Add(chunk, customerId, ++number, startOn.AddMonths(-term), startOn.AddDays(-1), monthly, term, AgreementStatus.Renewed, random);
        Add(chunk, customerId, ++number, startOn, endOn, monthly, term, AgreementStatus.Active, random);
        if (daysLeft is >= 0 and <= 60 && random.Chance(0.3))
            Add(chunk, customerId, ++number, endOn.AddDays(1), endOn.AddMonths(term), monthly, term, AgreementStatus.Draft, random);
    }

    private static void Add(DemoChunk chunk, long customerId, int number, DateOnly startOn, DateOnly endOn, decimal monthly, int term, AgreementStatus status, DemoRandom random) =>
        chunk.Agreements.Add(new Agreement
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"HT-{startOn.Year}-{customerId:D8}-{number}"),
            CustomerId = customerId,
            StartOn = startOn,
            EndOn = endOn,
            Value = decimal.Round(monthly * term * (90 + random.Next(11)) / 100, 0),
            Status = status,
        });
}
