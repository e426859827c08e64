namespace BotApp.Bot.Features.Plans;

/// <summary>The card verbs of plan approvals. Every handler re-checks on the server who may do what; a verb is only a request.</summary>
public static class PlanVerbs
{
    /// <summary>From a customer card (data: customerId): the form for that customer.</summary>
    public const string New = "plan.new";
    public const string Submit = "plan.submit";
    public const string Agree = "plan.agree";
    public const string Revise = "plan.revise";
    public const string Approve = "plan.approve";
    public const string Reject = "plan.reject";
    public const string SendBack = "plan.sendBack";
    public const string Complete = "plan.complete";
    public const string Open = "plan.open";

    /// <summary>Teams Universal Actions refresh: the card as it is now, for whoever opens it.</summary>
    public const string Refresh = "plan.refresh";
    public const string More = "plans.more";
}
