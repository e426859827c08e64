namespace BotApp.Data.Search;

/// <summary>
/// The rebuild's SQL. Keys and bigram lists are computed exactly as the CustomerSearch migration's triggers compute
/// them (CustomerSearchIndexTests holds the two equal); rows go in key order, which FTS5 writes fastest.
/// </summary>
internal static class SearchIndexSql
{
    private const string Key = """
        ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > ("c"."Grade", "c"."GradeRevenue")) << 40) | "c"."Id"
        """;

    private const string Bigrams = """
        (SELECT group_concat(substr("c"."SearchText", "p"."N", 2), ' ') FROM "CustomerSearchPositions" AS "p" WHERE "p"."N" < length("c"."SearchText"))
        """;

    public static IReadOnlyList<string> Refill { get; } =
    [
        """INSERT INTO "CustomerSearchTrigrams" ("CustomerSearchTrigrams") VALUES ('delete-all')""",
        """INSERT INTO "CustomerSearchBigrams" ("CustomerSearchBigrams") VALUES ('delete-all')""",
        $"""INSERT INTO "CustomerSearchTrigrams" (rowid, "Text") SELECT {Key}, "c"."SearchText" FROM "GroupCustomers" AS "c" ORDER BY 1""",
        $"""INSERT INTO "CustomerSearchBigrams" (rowid, "Text") SELECT {Key}, {Bigrams} FROM "GroupCustomers" AS "c" ORDER BY 1""",
        """INSERT INTO "CustomerSearchTrigrams" ("CustomerSearchTrigrams") VALUES ('optimize')""",
        """INSERT INTO "CustomerSearchBigrams" ("CustomerSearchBigrams") VALUES ('optimize')""",
        """DELETE FROM "CustomerSearchCommonTrigrams" """,
        $"""
        INSERT INTO "CustomerSearchCommonTrigrams" ("Trigram", "Docs")
        SELECT "term", "doc" FROM "CustomerSearchTrigramTerms" WHERE "doc" >= {CandidateSource.CommonTrigramDocs}
        """,
    ];
}
