namespace BotApp.Data.Demo;

/// <summary>
/// How one subscription bills over the window, expanded to monthly bills in SQL (DemoBills): <see cref="BaseFen"/> is
/// the revenue of the last closed month, earlier months follow <see cref="TrendPermille"/> per month back, a usage
/// drop multiplies the months from <see cref="DropFromIndex"/> by <see cref="DropPermille"/>, and
/// <see cref="NoiseSeed"/> varies each month by up to ±4.8 %. Indexes are window months (0 = first).
/// </summary>
public readonly record struct DemoBillPlan(long CustomerId, long ProductId, long BaseFen, int FirstIndex, int LastIndex, int TrendPermille, int DropFromIndex, int DropPermille, int NoiseSeed);

/// <summary>An unpaid share of one month's bills; the amount is taken from the bills themselves once they are written.</summary>
public readonly record struct DemoArrearsPlan(long CustomerId, int BillMonth, int Percent, DateOnly DueOn);
