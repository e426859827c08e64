namespace BotApp.Handlers.Plans;

/// <summary>
/// Resource keys the plan handlers answer with (TextRef); the texts live in the bot's resources (zh-CN, en).
/// Arguments are listed per key in the order they are passed.
/// </summary>
public static class PlanText
{
    /// <summary>[agent channels]: agent channels are involved, so cooperation management approves first.</summary>
    public const string RouteAgentChannels = "Plan.Route.AgentChannels";

    /// <summary>[tier name, discount %, concession value]: within the limits of the first tier.</summary>
    public const string RouteWithinTier = "Plan.Route.WithinTier";

    /// <summary>[measure "discount"|"concession", the plan's value, the limit, the tier name]: above that tier's limit.</summary>
    public const string RouteAboveTier = "Plan.Route.AboveTier";

    /// <summary>[]: the business support center implements every approved plan.</summary>
    public const string RouteImplementation = "Plan.Route.Implementation";

    public const string MeasureDiscount = "discount";
    public const string MeasureConcession = "concession";

    /// <summary>[]: not a customer the requester may pick (also: no such customer).</summary>
    public const string InvalidCustomer = "Plan.Invalid.Customer";

    /// <summary>[]: not a published tariff or campaign.</summary>
    public const string InvalidTariff = "Plan.Invalid.Tariff";

    /// <summary>[min, max (exclusive)]: discount percent, two decimals at most.</summary>
    public const string InvalidDiscount = "Plan.Invalid.Discount";

    /// <summary>[min, max]: subsidy or agent commission, yuan, two decimals at most.</summary>
    public const string InvalidAmount = "Plan.Invalid.Amount";

    /// <summary>[]: an agent commission without the agent channels it is paid to.</summary>
    public const string InvalidCommissionWithoutAgent = "Plan.Invalid.CommissionWithoutAgent";

    /// <summary>[max length]: the agent channels text.</summary>
    public const string InvalidAgentChannels = "Plan.Invalid.AgentChannels";

    /// <summary>[min, max]: validity in months.</summary>
    public const string InvalidValidity = "Plan.Invalid.Validity";

    /// <summary>[max]: expected monthly revenue after the discount, above 0, yuan, two decimals at most.</summary>
    public const string InvalidRevenue = "Plan.Invalid.Revenue";

    /// <summary>[min length, max length]: the justification.</summary>
    public const string InvalidJustification = "Plan.Invalid.Justification";

    /// <summary>[]: reject and send back need a comment.</summary>
    public const string CommentRequired = "Plan.Invalid.CommentRequired";

    /// <summary>[max length]: the decision comment.</summary>
    public const string CommentTooLong = "Plan.Invalid.CommentTooLong";
}
