namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// A template prepared once (the reference engine's Template.prepare): strings containing "${" are
/// parsed, <c>$data</c>/<c>$when</c> are split from the other properties. Immutable, so one prepared
/// template is safely shared by concurrent renders.
/// </summary>
internal abstract record TemplateNode;

/// <summary>A JSON string, number, boolean or null without expressions.</summary>
internal sealed record LiteralNode(object? Value) : TemplateNode;

/// <summary>A string containing "${"; <c>Source</c> is the original text.</summary>
internal sealed record ExpressionNode(string Source, Expr Expr) : TemplateNode;

internal sealed record ArrayNode(IReadOnlyList<TemplateNode> Items) : TemplateNode;

/// <summary>An object; <c>Data</c> and <c>When</c> are null when the key is absent.</summary>
internal sealed record ObjectNode(IReadOnlyList<KeyValuePair<string, TemplateNode>> Properties, TemplateNode? Data, TemplateNode? When) : TemplateNode;
