using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BotApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class CustomerSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "GroupCustomers",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_Grade_GradeRevenue",
                table: "GroupCustomers",
                columns: new[] { "Grade", "GradeRevenue" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupCustomers_Industry_Grade_GradeRevenue",
                table: "GroupCustomers",
                columns: new[] { "Industry", "Grade", "GradeRevenue" });

            // The search index (ADR-011). Literal SQL, not shared constants: a migration must not change after it ships.
            migrationBuilder.Sql(SearchIndexUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexDown);

            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_Grade_GradeRevenue",
                table: "GroupCustomers");

            migrationBuilder.DropIndex(
                name: "IX_GroupCustomers_Industry_Grade_GradeRevenue",
                table: "GroupCustomers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "GroupCustomers");
        }

        // A customer's key = band << 40 | Id: index order is revenue order by band, so a broad search stops after the top
        // bands. Bands are (Grade, Revenue) boundaries, highest first; a customer's band is how many boundaries lie above
        // it. CustomerSearchDocuments holds, in key order, what a search tests and ranks, so it never reads the wide rows.
        private const string SearchIndexUp = """
            CREATE TABLE "CustomerSearchState" (
                "Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1), "Suspended" INTEGER NOT NULL, "IndexedCustomers" INTEGER NOT NULL);
            -- Existing customers have no SearchText yet: leave the index suspended so startup rebuilds it (C# fills SearchText).
            INSERT INTO "CustomerSearchState" ("Id", "Suspended", "IndexedCustomers") VALUES (1, EXISTS (SELECT 1 FROM "GroupCustomers"), 0);

            CREATE TABLE "CustomerSearchBands" ("Band" INTEGER NOT NULL PRIMARY KEY, "Grade" INTEGER NOT NULL, "Revenue" INTEGER NOT NULL);

            CREATE TABLE "CustomerSearchPositions" ("N" INTEGER NOT NULL PRIMARY KEY);
            WITH RECURSIVE "n"("x") AS (SELECT 1 UNION ALL SELECT "x" + 1 FROM "n" WHERE "x" < 4096)
            INSERT INTO "CustomerSearchPositions" ("N") SELECT "x" FROM "n";

            CREATE TABLE "CustomerSearchDocuments" (
                "Key" INTEGER NOT NULL PRIMARY KEY, "Text" TEXT NOT NULL, "Grade" INTEGER NOT NULL, "Revenue" INTEGER NOT NULL);
            -- The first 12 characters of each name ("\n" + name), for whole-name and name-start matches by range.
            CREATE INDEX "IX_CustomerSearchDocuments_NameStart" ON "CustomerSearchDocuments" (substr("Text", 1, 12));
            CREATE INDEX "IX_CustomerSearchDocuments_NameEnStart" ON "CustomerSearchDocuments" (substr("Text", instr(substr("Text", 2), char(10)) + 1, 12));
            CREATE VIRTUAL TABLE "CustomerSearchTrigrams" USING fts5("Text", tokenize = 'trigram', detail = none, content = '', contentless_delete = 1);
            CREATE VIRTUAL TABLE "CustomerSearchBigrams" USING fts5("Text", tokenize = 'ascii', prefix = '1', detail = none, content = '', contentless_delete = 1);
            CREATE VIRTUAL TABLE "CustomerSearchTrigramTerms" USING fts5vocab("CustomerSearchTrigrams", 'row');
            CREATE TABLE "CustomerSearchCommonTrigrams" ("Trigram" TEXT NOT NULL PRIMARY KEY, "Docs" INTEGER NOT NULL) WITHOUT ROWID;

            CREATE TRIGGER "CustomerSearch_Insert" AFTER INSERT ON "GroupCustomers"
            WHEN NOT EXISTS (SELECT 1 FROM "CustomerSearchState" WHERE "Suspended")
            BEGIN
                INSERT INTO "CustomerSearchDocuments" ("Key", "Text", "Grade", "Revenue")
                    VALUES (((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", NEW."SearchText", NEW."Grade", NEW."GradeRevenue");
                INSERT INTO "CustomerSearchTrigrams" (rowid, "Text") VALUES (((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", NEW."SearchText");
                INSERT INTO "CustomerSearchBigrams" (rowid, "Text") VALUES (((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", (SELECT group_concat(substr(NEW."SearchText", "p"."N", 2), ' ') FROM "CustomerSearchPositions" AS "p" WHERE "p"."N" < length(NEW."SearchText")));
            END;

            CREATE TRIGGER "CustomerSearch_Delete" AFTER DELETE ON "GroupCustomers"
            WHEN NOT EXISTS (SELECT 1 FROM "CustomerSearchState" WHERE "Suspended")
            BEGIN
                DELETE FROM "CustomerSearchDocuments" WHERE "Key" = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id";
                DELETE FROM "CustomerSearchTrigrams" WHERE rowid = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id";
                DELETE FROM "CustomerSearchBigrams" WHERE rowid = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id";
            END;

            -- A revenue change within its band only rewrites the document; the index tables change when the key or text does.
            CREATE TRIGGER "CustomerSearch_Update" AFTER UPDATE OF "Id", "SearchText", "Grade", "GradeRevenue" ON "GroupCustomers"
            WHEN NOT EXISTS (SELECT 1 FROM "CustomerSearchState" WHERE "Suspended")
                AND (OLD."Id" <> NEW."Id" OR OLD."SearchText" IS NOT NEW."SearchText" OR OLD."Grade" <> NEW."Grade" OR OLD."GradeRevenue" <> NEW."GradeRevenue")
            BEGIN
                DELETE FROM "CustomerSearchDocuments" WHERE "Key" = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id";
                INSERT INTO "CustomerSearchDocuments" ("Key", "Text", "Grade", "Revenue")
                    VALUES (((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", NEW."SearchText", NEW."Grade", NEW."GradeRevenue");
                DELETE FROM "CustomerSearchTrigrams" WHERE rowid = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" AND (OLD."SearchText" IS NOT NEW."SearchText" OR ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" <> ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id");
                DELETE FROM "CustomerSearchBigrams" WHERE rowid = ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" AND (OLD."SearchText" IS NOT NEW."SearchText" OR ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" <> ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id");
                INSERT INTO "CustomerSearchTrigrams" (rowid, "Text") SELECT ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", NEW."SearchText" WHERE (OLD."SearchText" IS NOT NEW."SearchText" OR ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" <> ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id");
                INSERT INTO "CustomerSearchBigrams" (rowid, "Text") SELECT ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id", (SELECT group_concat(substr(NEW."SearchText", "p"."N", 2), ' ') FROM "CustomerSearchPositions" AS "p" WHERE "p"."N" < length(NEW."SearchText")) WHERE (OLD."SearchText" IS NOT NEW."SearchText" OR ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (OLD."Grade", OLD."GradeRevenue")) << 40) | OLD."Id" <> ((SELECT count(*) FROM "CustomerSearchBands" AS "b" WHERE ("b"."Grade", "b"."Revenue") > (NEW."Grade", NEW."GradeRevenue")) << 40) | NEW."Id");
            END;
            """;

        private const string SearchIndexDown = """
            DROP TRIGGER "CustomerSearch_Update";
            DROP TRIGGER "CustomerSearch_Delete";
            DROP TRIGGER "CustomerSearch_Insert";
            DROP TABLE "CustomerSearchCommonTrigrams";
            DROP TABLE "CustomerSearchTrigramTerms";
            DROP TABLE "CustomerSearchBigrams";
            DROP TABLE "CustomerSearchDocuments";
            DROP TABLE "CustomerSearchTrigrams";
            DROP TABLE "CustomerSearchPositions";
            DROP TABLE "CustomerSearchBands";
            DROP TABLE "CustomerSearchState";
            """;
    }
}
