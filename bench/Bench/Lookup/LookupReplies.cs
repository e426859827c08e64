using System.Text.Json;
using BotApp.Bot.Features.CustomerLookup;

namespace BotApp.Bench.Lookup;

/// <summary>
/// What the bot answered, told apart cheaply by the stub channel: a customer card has the bills button, a result
/// list opens customers, the bills card has neither; a text is named by its first words ("没有找到…", an error).
/// </summary>
public static class LookupReplies
{
    public static string Classify(string body)
    {
        if (body.Contains("\"attachments\"", StringComparison.Ordinal))
            return body.Contains(CustomerBillsAction.Verb, StringComparison.Ordinal) ? "customer card"
                : body.Contains(OpenCustomerAction.Verb, StringComparison.Ordinal) ? "list card"
                : "bills card";
        using var reply = JsonDocument.Parse(body);
        var text = reply.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        return $"text \"{text[..Math.Min(text.Length, 6)]}…\"";
    }
}
