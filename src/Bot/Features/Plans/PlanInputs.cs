using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BotApp.Bot.Localization;
using BotApp.Handlers.Plans;

namespace BotApp.Bot.Features.Plans;

/// <summary>
/// The plan form's inputs as the client sent them (all strings: Input.Text, ChoiceSet and Toggle values), read into
/// <see cref="PlanTerms"/>. Only the shape is checked here — what is not a number; ranges, the customer and the tariff
/// are the handler's to check, on the server, whatever the card allowed.
/// </summary>
public static class PlanInputs
{
    public const string CustomerId = "customerId";
    public const string TariffId = "tariffId";
    public const string Discount = "discountPercent";
    public const string Validity = "validityMonths";
    public const string Subsidy = "subsidy";
    public const string Commission = "agentCommission";
    public const string Revenue = "expectedMonthlyRevenue";
    public const string Agents = "agentChannels";
    public const string Justification = "justification";
    public const string Structural = "structuralChange";
    public const string Agreed = "agreedInAdvance";

    /// <summary>The terms, or the fields that are not numbers. Empty optional amounts are 0; an empty required one is 0 too, which the handler refuses with its range.</summary>
    public static (PlanTerms? Terms, IReadOnlyList<FieldError> Errors) Read(JsonObject data)
    {
        var errors = new List<FieldError>();
        decimal Number(string field)
        {
            var text = Clean(Text(data, field));
            if (text.Length == 0)
                return 0m;
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return value;
            errors.Add(new FieldError(field, new TextRef(TextKeys.PlanInvalidNumber, Text(data, field))));
            return 0m;
        }
        var customer = Number(CustomerId);
        var tariff = Number(TariffId);
        var terms = new PlanTerms(
            Whole(customer), Whole(tariff), Number(Discount), Number(Subsidy), Number(Commission), Text(data, Agents).Trim(),
            (int)Whole(Number(Validity), max: 1000), Number(Revenue), Text(data, Justification).Trim(), Flag(data, Structural));
        return (errors.Count == 0 ? terms : null, errors);
    }

    /// <summary>Ticked "agreed in advance" on the form, for a structural change filed already agreed.</summary>
    public static bool AgreedInAdvance(JsonObject data) => Flag(data, Agreed);

    /// <summary>The form's values as submitted, to show again with its errors.</summary>
    public static JsonObject Echo(JsonObject data) => Values(
        Text(data, CustomerId), Text(data, TariffId), Text(data, Discount), Text(data, Validity), Text(data, Subsidy), Text(data, Commission),
        Text(data, Revenue), Text(data, Agents), Text(data, Justification), Flag(data, Structural), Flag(data, Agreed));

    public static JsonObject Values(
        string customerId, string tariffId, string discount, string validity, string subsidy, string commission, string revenue,
        string agents, string justification, bool structural, bool agreed = false) => new()
        {
            [CustomerId] = customerId,
            [TariffId] = tariffId,
            [Discount] = discount,
            [Validity] = validity,
            [Subsidy] = subsidy,
            [Commission] = commission,
            [Revenue] = revenue,
            [Agents] = agents,
            [Justification] = justification,
            [Structural] = structural ? "true" : "false",
            [Agreed] = agreed ? "true" : "false",
        };

    private static string Text(JsonObject data, string field) => data[field] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => "",
    };

    private static bool Flag(JsonObject data, string field) => string.Equals(Text(data, field).Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full-width digits (an IME's １２．５) made ASCII; thousands separators, ¥ and % dropped.</summary>
    private static string Clean(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is not (',' or '¥' or '%' or '￥') && !char.IsWhiteSpace(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A whole, positive id or count; anything else 0, which the handler refuses.</summary>
    private static long Whole(decimal value, long max = long.MaxValue) =>
        value == decimal.Truncate(value) && value > 0 && value <= max ? (long)value : 0;
}
