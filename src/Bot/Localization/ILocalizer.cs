namespace BotApp.Bot.Localization;

/// <summary>User-facing text by key, in the user's language (zh-CN first, en second).</summary>
public interface ILocalizer
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="locale"/> (e.g. "zh-CN", "en-us"), formatted with <paramref name="args"/>.</summary>
    string Get(string key, string? locale, params object[] args);
}
