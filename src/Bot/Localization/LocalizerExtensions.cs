namespace BotApp.Bot.Localization;

public static class LocalizerExtensions
{
    /// <summary>The display name of an enum value, from the resource "Enum.{Type}.{Value}" (a test checks every value has one).</summary>
    public static string Name<T>(this ILocalizer texts, T value, string? locale)
        where T : struct, Enum =>
        texts.Get($"Enum.{typeof(T).Name}.{value}", locale);
}
