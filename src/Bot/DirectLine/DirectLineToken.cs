namespace BotApp.Bot.DirectLine;

/// <summary>What a Direct Line token binds: one conversation, one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);
