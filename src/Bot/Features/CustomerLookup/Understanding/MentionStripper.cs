using System.Text.Json;
using System.Text.RegularExpressions;
using BotApp.Bot.Protocol.Schema;

namespace BotApp.Bot.Features.CustomerLookup.Understanding;

/// <summary>
/// In a Teams channel the bot only hears messages that @mention it, and the mention arrives inside the text:
/// "&lt;at&gt;BotApp&lt;/at&gt; 查 宁波港", with a <c>mention</c> entity naming the bot. This gives the text without
/// the bot's own mentions, as Bot Builder's RemoveRecipientMention does, but leaves the activity unchanged
/// (transcripts and other middleware see what was sent). Mentions of other people stay.
/// </summary>
public static partial class MentionStripper
{
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? "";
        var removed = false;
        foreach (var mention in RecipientMentions(activity))
        {
            removed |= text.Contains(mention, StringComparison.OrdinalIgnoreCase);
            // A space rather than nothing, so that "宁波港<at>BotApp</at>欠费" does not become one word.
            text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
        }
        // No entity named the bot, or its text is not in the message (some clients and proxies drop or rewrite
        // entities): a leading <at>…</at> is then taken to be the bot, since people address the bot first.
        if (!removed)
            text = LeadingMentions().Replace(text, "");
        return text.Trim();
    }

    /// <summary>The texts of the mentions whose <c>mentioned.id</c> is the bot; Bot Builder falls back to &lt;at&gt;name&lt;/at&gt; when the text is missing.</summary>
    private static IEnumerable<string> RecipientMentions(Activity activity)
    {
        if (activity.Recipient?.Id is not { Length: > 0 } botId)
            yield break;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || Property(entity.Properties, "mentioned") is not { ValueKind: JsonValueKind.Object } mentioned
                || !string.Equals(String(mentioned, "id"), botId, StringComparison.Ordinal))
                continue;
            var text = Property(entity.Properties, "text") is { ValueKind: JsonValueKind.String } t ? t.GetString() : null;
            text ??= String(mentioned, "name") is { Length: > 0 } name ? $"<at>{name}</at>" : null;
            if (!string.IsNullOrEmpty(text))
                yield return text;
        }
    }

    // Extension data keeps the wire's casing. Teams writes camelCase, but the SDKs read any casing, and so do we.
    private static JsonElement Property(Dictionary<string, JsonElement>? properties, string name) =>
        properties?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? default;

    private static string? String(JsonElement element, string name) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    [GeneratedRegex(@"^\s*(?:<at(?:\s[^>]*)?>[^<]*</at>\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMentions();
}
