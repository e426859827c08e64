namespace BotApp.Data.Search;

/// <summary>
/// The rebuild's SQL. Keys and bigram lists are computed exactly as the CustomerSearch migration's triggers compute
/// them (CustomerSearchIndexTests holds the two equal); the documents are written in key order and the index tables
/// filled from them in that order, which FTS5 writes fastest.
/// </summary>
internal static class SearchIndexSql
{
    private const string Key = """
        ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > ("c"."Grade", "c"."GradeRevenue")) << 40) | "c"."Id"
        """;

    private const string Bigrams = """
        (SELECT group_concat(substr("d"."Text", "p"."N", 2), ' ') FROM "CustomerSearchPositions" AS "p" WHERE "p"."N" < length("d"."Text"))
        """;

    public static IReadOnlyList<string> Refill { get; } =
    [
        """INSERT INTO "CustomerSearchTrigrams" ("CustomerSearchTrigrams") VALUES ('delete-all')""",
        """INSERT INTO "CustomerSearchBigrams" ("CustomerSearchBigrams") VALUES ('delete-all')""",
        """DELETE FROM "CustomerSearchDocuments" """,
        // The name-start indexes are built after the documents: one sort instead of a million random inserts.
        """DROP INDEX "IX_CustomerSearchDocuments_NameStart" """,
        """DROP INDEX "IX_CustomerSearchDocuments_NameEnStart" """,
        $"""
        INSERT INTO "CustomerSearchDocuments" ("Key", "Text", "Grade", "Revenue")
        SELECT {Key}, "c"."SearchText", "c"."Grade", "c"."GradeRevenue" FROM "GroupCustomers" AS "c" ORDER BY 1
        """,
        """CREATE INDEX "IX_CustomerSearchDocuments_NameStart" ON "CustomerSearchDocuments" (substr("Text", 1, 12))""",
        """CREATE INDEX "IX_CustomerSearchDocuments_NameEnStart" ON "CustomerSearchDocuments" (substr("Text", instr(substr("Text", 2), char(10)) + 1, 12))""",
        """INSERT INTO "CustomerSearchTrigrams" (rowid, "Text") SELECT "Key", "Text" FROM "CustomerSearchDocuments" """,
        $"""INSERT INTO "CustomerSearchBigrams" (rowid, "Text") SELECT "d"."Key", {Bigrams} FROM "CustomerSearchDocuments" AS "d" """,
        """INSERT INTO "CustomerSearchTrigrams" ("CustomerSearchTrigrams") VALUES ('optimize')""",
        """INSERT INTO "CustomerSearchBigrams" ("CustomerSearchBigrams") VALUES ('optimize')""",
        """DELETE FROM "CustomerSearchCommonTrigrams" """,
        $"""
        INSERT INTO "CustomerSearchCommonTrigrams" ("Trigram", "Docs")
        SELECT "term", "doc" FROM "CustomerSearchTrigramTerms" WHERE "doc" >= {CandidateSource.CommonTrigramDocs}
        """,
    ];
}
