namespace BotApp.Bot.Features;

/// <summary>
/// A card verb some feature handles, registered by that feature (<c>services.AddSingleton(new FeatureVerb("plan.new"))</c>).
/// Cards show a button only when its verb is registered, so buttons for features not built yet stay hidden and
/// appear when the feature lands, without the card knowing about it.
/// </summary>
public sealed record FeatureVerb(string Verb);
