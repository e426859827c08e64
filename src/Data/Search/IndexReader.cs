using System.Data.Common;

namespace BotApp.Data.Search;

/// <summary>An open <see cref="IndexQuery"/>: rows one at a time; disposing it releases the statement.</summary>
internal sealed class IndexReader(DbCommand command, DbDataReader reader) : IAsyncDisposable
{
    public async Task<IndexRow?> ReadAsync(CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken) ? IndexCommand.Row(reader) : null;

    public async ValueTask DisposeAsync()
    {
        await reader.DisposeAsync();
        await command.DisposeAsync();
    }
}
