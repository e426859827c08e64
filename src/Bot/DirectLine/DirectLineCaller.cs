namespace BotApp.Bot.DirectLine;

/// <summary>Who is calling a client endpoint: the secret's holder (a trusted server) or a token's user.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token, int FailureStatus = 0, string? FailureReason = null)
{
    public bool Succeeded => FailureStatus == 0;

    public static DirectLineCaller Secret() => new(true, null);

    public static DirectLineCaller Fail(int status, string reason) => new(false, null, status, reason);

    /// <summary>A token opens only its own conversation; the secret opens any.</summary>
    public bool MayUse(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
