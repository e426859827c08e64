namespace BotApp.Bot.Features.CustomerLookup.Charts;

/// <summary>One palette entry: RGB goes to the PNG's PLTE chunk, alpha to its tRNS chunk.</summary>
public readonly record struct ChartColor(byte R, byte G, byte B, byte A = 255)
{
    public static ChartColor Transparent { get; } = new(0, 0, 0, 0);
}
