namespace BotApp.Bot.Dialogs;

/// <summary>
/// User-facing text by resource key, in the user's language (the activity's locale; zh-CN when absent).
/// The bot implements it over its .resx files; dialogs only know the keys in <see cref="DialogTextKeys"/>.
/// </summary>
public interface ILocalizer
{
    string Get(string key, string? locale, params object[] args);
}
