using BotApp.Data.Entities;

namespace BotApp.Data.Demo;

/// <summary>
/// What a customer's subscriptions add up to: mobile users, monthly revenue in yuan, the first window month with a
/// bill, and the subscription bringing in the most (the one a personalised plan would adjust).
/// </summary>
public sealed record DemoUsage(int MobileUsers, decimal MonthlyTotal, int FirstBilledIndex, Subscription Largest, decimal LargestMonthly);
