namespace BotApp.Bot.Cards.Templating;

/// <summary>
/// The memory expressions read: <c>$root</c>, the current <c>$data</c> (defaults to <c>$root</c>)
/// and <c>$index</c> (set while repeating over an array). Unqualified paths read from <c>$data</c>.
/// </summary>
internal sealed class TemplateScope(object? root)
{
    public object? Root { get; } = root;

    /// <summary>Undefined until a <c>$data</c> binding sets it.</summary>
    public object? Data { get; set; } = JsValue.Undefined;

    public object? Index { get; set; } = JsValue.Undefined;

    public object? CurrentData => JsValue.IsUndefined(Data) ? Root : Data;

    /// <summary>TemplateObjectMemory.getValue: paths not starting with '$' are read under <c>$data</c>.</summary>
    public object? GetValue(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0) return JsValue.Undefined;
        var qualified = segments[0].StartsWith('$');
        object? current = qualified ? Named(segments[0]) : CurrentData;
        for (var i = qualified ? 1 : 0; i < segments.Count; i++)
        {
            if (!Paths.TryStep(current, segments[i], out current)) return JsValue.Undefined;
        }
        return current;
    }

    // The reference memory object's own fields, matched case-insensitively like any property.
    private object? Named(string name) => name.ToLowerInvariant() switch
    {
        "$root" => Root,
        "$data" => CurrentData,
        "$index" => Index,
        _ => JsValue.Undefined, // $host and $_acTemplateVersion are not supplied by this binder
    };
}
