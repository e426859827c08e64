namespace BotApp.Handlers.Plans;

/// <summary>
/// The ranges of ADR-016, checked on the server whatever the card's own min/max said: 0 ≤ discount &lt; 100, subsidy
/// and commission 0 to ¥10,000,000, 1–36 months, revenue above 0 up to ¥100,000,000, justification 10–1,000
/// characters, two decimals at most (amounts are stored in fen). Customer and tariff need the store: the handler checks them.
/// </summary>
public static class PlanTermsCheck
{
    public const decimal MaxAmount = 10_000_000m;
    public const decimal MaxMonthlyRevenue = 100_000_000m;
    public const int MinMonths = 1, MaxMonths = 36;
    public const int MinJustification = 10, MaxJustification = 1_000;
    public const int MaxAgentChannels = 200;

    public static List<FieldError> Problems(PlanTerms terms)
    {
        List<FieldError> errors = [];
        if (terms.DiscountPercent is < 0 or >= 100 || !Fen(terms.DiscountPercent))
            errors.Add(new("discountPercent", new TextRef(PlanText.InvalidDiscount, 0m, 100m)));
        if (!Amount(terms.Subsidy))
            errors.Add(new("subsidy", new TextRef(PlanText.InvalidAmount, 0m, MaxAmount)));
        if (!Amount(terms.AgentCommission))
            errors.Add(new("agentCommission", new TextRef(PlanText.InvalidAmount, 0m, MaxAmount)));
        else if (terms.AgentCommission > 0 && string.IsNullOrWhiteSpace(terms.AgentChannels))
            errors.Add(new("agentChannels", new TextRef(PlanText.InvalidCommissionWithoutAgent)));
        if (terms.AgentChannels?.Trim().Length > MaxAgentChannels)
            errors.Add(new("agentChannels", new TextRef(PlanText.InvalidAgentChannels, MaxAgentChannels)));
        if (terms.ValidityMonths is < MinMonths or > MaxMonths)
            errors.Add(new("validityMonths", new TextRef(PlanText.InvalidValidity, MinMonths, MaxMonths)));
        if (terms.ExpectedMonthlyRevenue is <= 0 or > MaxMonthlyRevenue || !Fen(terms.ExpectedMonthlyRevenue))
            errors.Add(new("expectedMonthlyRevenue", new TextRef(PlanText.InvalidRevenue, MaxMonthlyRevenue)));
        if ((terms.Justification ?? "").Trim().Length is < MinJustification or > MaxJustification)
            errors.Add(new("justification", new TextRef(PlanText.InvalidJustification, MinJustification, MaxJustification)));
        return errors;
    }

    private static bool Amount(decimal amount) => amount is >= 0 and <= MaxAmount && Fen(amount);

    private static bool Fen(decimal amount) => decimal.Round(amount, 2) == amount;
}
