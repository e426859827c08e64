using System.Text;

namespace BotApp.Data.Import;

/// <summary>One file's run: read and validate every row, then write all of them in one transaction, or none.</summary>
internal sealed class ImportFile(BotDbContext db, Stream file, Encoding encoding, ImportKind kind)
{
    private readonly ProblemSink _problems = new();
    private int _rows;

    public async Task<ImportResult> RunAsync<T>(RowImport<T> import, CancellationToken cancellationToken)
        where T : class
    {
        var rows = new List<T>();
        var header = Validate(import, rows, cancellationToken);
        if (header is null || _problems.Count > 0)
            return Result(header, counts: null);

        // Validation ran outside the transaction, so a big file does not hold SQLite's write lock while it is read.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = new List<T>();
        var counts = await import.WriteAsync(db, rows, header, changed, cancellationToken);
        await import.AfterWriteAsync(db, changed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result(header, counts);
    }

    private CsvHeader? Validate<T>(RowImport<T> import, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        using var text = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        var reader = new CsvRecordReader(text);
        try
        {
            var first = reader.Read();
            if (first is null || first.Error is not null)
            {
                _problems.Add(first?.Line ?? 1, "", "", first?.Error ?? ImportReason.EmptyFile);
                return null;
            }
            var header = CsvHeader.Read(first, import.Columns, _problems);
            if (_problems.Count > 0)
                return header;
            var keys = new Dictionary<object, int>();
            for (var record = reader.Read(); record is not null; record = reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!record.IsBlank)
                    ValidateRow(import, header, record, keys, rows);
            }
            return header;
        }
        catch (DecoderFallbackException)
        {
            // StreamReader decodes ahead of the parser, so the parser's line is not where the bad bytes are.
            _problems.Add(CsvEncoding.LineOfFirstInvalidByte(file, encoding), "", "", ImportReason.NotDecodable, CsvEncoding.DisplayName(encoding));
            return null;
        }
    }

    private void ValidateRow<T>(RowImport<T> import, CsvHeader header, CsvRecord record, Dictionary<object, int> keys, List<T> rows)
        where T : class
    {
        _rows++;
        if (record.Error is { } error)
        {
            _problems.Add(record.Line, "", "", error);
            return;
        }
        if (record.Fields.Count != header.FieldCount)
        {
            _problems.Add(record.Line, "", "", ImportReason.WrongFieldCount, $"{record.Fields.Count}", $"{header.FieldCount}");
            return;
        }
        var row = new ImportRow(record, header, _problems);
        if (import.Parse(row) is not { } entity)
            return;
        if (keys.TryAdd(import.KeyOf(entity), record.Line))
        {
            rows.Add(entity);
            return;
        }
        var column = string.Join(" + ", import.KeyColumns.Select(header.NameOf));
        var value = string.Join(" + ", import.KeyColumns.Select(row.Raw));
        _problems.Add(record.Line, column, value, ImportReason.DuplicateKey, $"{keys[import.KeyOf(entity)]}");
    }

    private ImportResult Result(CsvHeader? header, Writes.UpsertCounts? counts) =>
        new(kind, CsvEncoding.DisplayName(encoding), _rows, counts, _problems.Problems, _problems.Count, header?.Ignored ?? []);
}
