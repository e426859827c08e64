using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BotApp.Data;

/// <summary>
/// Every decimal is stored as an integer count of hundredths: money as fen (分), percentages to two places.
/// SQLite would otherwise keep decimals as TEXT, which sorts "9" after "10" and needs EF's slow client-side
/// aggregate functions; integers SUM, compare and ORDER BY natively and exactly. Amounts finer than a fen round
/// half away from zero (四舍五入). See docs/decisions/ADR-007.
/// </summary>
public sealed class HundredthsConverter() : ValueConverter<decimal, long>(
    value => ToHundredths(value),
    hundredths => hundredths / 100m)
{
    public static long ToHundredths(decimal value) => decimal.ToInt64(decimal.Round(value * 100m, 0, MidpointRounding.AwayFromZero));
}
