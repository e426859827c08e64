using System.Text.Json.Nodes;
using BotApp.Bot.Cards.Templating;

namespace BotApp.Bot.Tests.Cards;

public sealed class CardTemplateTests
{
    private static JsonNode? Bind(string template, string data) =>
        CardTemplate.Parse(template).Expand(JsonNode.Parse(data));

    [Fact]
    public void Repeats_an_element_once_per_item_of_an_array_bound_to_data()
    {
        var card = Bind("""{"body":[{"type":"TextBlock","$data":"${rows}","text":"${$index}. ${name}"}]}""",
            """{"rows":[{"name":"华东电力"},{"name":"Contoso"}]}""");

        Assert.Equal("""{"body":[{"type":"TextBlock","text":"0. 华东电力"},{"type":"TextBlock","text":"1. Contoso"}]}""", card!.ToJsonString(Json));
    }

    [Fact]
    public void Drops_an_element_whose_when_is_not_true()
    {
        var card = Bind("""{"body":[{"t":"a","$when":"${count(rows) > 1}"},{"t":"b","$when":"${missing}"},{"t":"c","$when":"${vip}"}]}""",
            """{"rows":[1],"vip":true}""");

        Assert.Equal("""{"body":[{"t":"c"}]}""", card!.ToJsonString(Json));
    }

    [Fact]
    public void Reads_root_and_index_from_inside_nested_repetitions()
    {
        var card = Bind("""{"r":[{"$data":"${plans}","c":[{"$data":"${steps}","t":"${$root.customer}/${$index}/${$data}"}]}]}""",
            """{"customer":"C1","plans":[{"steps":["x","y"]}]}""");

        Assert.Equal("""{"r":[{"c":[{"t":"C1/0/x"},{"t":"C1/1/y"}]}]}""", card!.ToJsonString(Json));
    }

    [Fact]
    public void Scopes_an_element_to_an_object_bound_to_data()
    {
        var card = Bind("""{"c":{"$data":"${customer}","t":"${name} (${grade})"}}""", """{"customer":{"name":"华东电力","grade":"A"}}""");

        Assert.Equal("华东电力 (A)", (string)card!["c"]!["t"]!);
    }

    [Fact]
    public void Keeps_the_json_type_of_a_whole_string_expression_and_interpolates_embedded_ones()
    {
        var card = Bind("""{"n":"${n}","b":"${b}","o":"${o}","a":"${a}","s":"n=${n} b=${b}"}""",
            """{"n":2.5,"b":true,"o":{"k":"v"},"a":[1,2]}""");

        Assert.Equal("""{"n":2.5,"b":true,"o":{"k":"v"},"a":[1,2],"s":"n=2.5 b=true"}""", card!.ToJsonString(Json));
    }

    [Fact]
    public void Leaves_an_unresolved_path_as_written_like_the_official_engine()
    {
        var card = Bind("""{"a":"${missing}","b":"Hi ${user.name}!","c":"${if(missing, 'y', 'n')}"}""", "{}");

        Assert.Equal("""{"a":"${missing}","b":"Hi ${user.name}!","c":"n"}""", card!.ToJsonString(Json));
    }

    [Fact]
    public void Evaluates_the_functions_templates_use()
    {
        var card = Bind("""{"t":"${if(equals(status, 'open'), 'O', 'C')} ${formatNumber(amount, 2)} ${concat(a, '-', b)} ${length(a)} ${json(raw).k}"}""",
            """{"status":"open","amount":1234567.891,"a":"x","b":"y","raw":"{\"k\":7}"}""");

        Assert.Equal("O 1,234,567.89 x-y 1 7", (string)card!["t"]!);
    }

    [Fact]
    public void Rejects_an_unsupported_function_when_the_template_is_parsed()
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("""{"t":"${utcNow()}"}"""));

        Assert.Contains("utcNow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_concurrently_from_one_parsed_template()
    {
        var template = CardTemplate.Parse("""{"r":[{"$data":"${rows}","t":"${$index}:${$data}"}]}""");

        var results = Enumerable.Range(0, 64).AsParallel().AsOrdered()
            .Select(i => template.Expand(new JsonObject { ["rows"] = new JsonArray(i, i + 1) })!.ToJsonString())
            .ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => $$"""{"r":[{"t":"0:{{i}}"},{"t":"1:{{i + 1}}"}]}"""), results);
    }

    private static System.Text.Json.JsonSerializerOptions Json { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
