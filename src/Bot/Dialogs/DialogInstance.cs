using System.Text.Json.Nodes;

namespace BotApp.Bot.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its own state. A view over the persisted JSON.</summary>
public sealed class DialogInstance(JsonObject node)
{
    internal JsonObject Node { get; } = node;

    public string Id => Node["id"]?.GetValue<string>() ?? throw new InvalidOperationException("A dialog stack entry has no id.");

    /// <summary>The dialog's private state; changes are saved with conversation state at the end of the turn.</summary>
    public JsonObject State => Node["state"] as JsonObject ?? throw new InvalidOperationException($"Dialog '{Id}' has no state.");

    internal static DialogInstance Create(string id) => new(new JsonObject { ["id"] = id, ["state"] = new JsonObject() });
}
