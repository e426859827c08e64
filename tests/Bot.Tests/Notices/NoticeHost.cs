using System.Text.Json;
using BotApp.Bot.Notices;
using BotApp.Bot.Protocol.Schema;
using BotApp.Bot.Tests.Infrastructure;
using BotApp.Data;
using BotApp.Data.Entities;
using BotApp.Handlers.Notices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BotApp.Bot.Tests.Notices;

/// <summary>
/// The bot host on a fake clock (which the outbox's back-off and poll run on) with the test renderers, plus the few
/// rows a notice needs: staff, their 1:1 conversations, queued notices. The Connector client does not retry by itself
/// here, so each failure the stub channel answers reaches the outbox.
/// </summary>
public sealed class NoticeHost : BotAppFactory
{
    /// <param name="databasePath">Another host's database, to restart on it; by default a new one.</param>
    public NoticeHost(string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"botapp-notices-{Guid.NewGuid():N}.db");
        Settings["Connector:MaxRetries"] = "0";
    }

    public string DatabasePath { get; }

    /// <summary>Leave the database file behind on dispose, for a host that restarts on it.</summary>
    public bool KeepDatabase { get; init; }

    public WatchedClock Clock { get; } = new();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public Task<int> DrainAsync() => Dispatcher.DispatchDueAsync(CancellationToken.None);

    public async Task<long> AddStaffAsync(string name, string locale, string? aadObjectId = null, string? webChatId = null)
    {
        var staff = new Staff { Name = name, Role = StaffRole.AccountManager, Locale = locale, AadObjectId = aadObjectId, WebChatId = webChatId };
        await WithDbAsync(db => db.Staff.Add(staff));
        return staff.Id;
    }

    /// <summary>A 1:1 chat as the reference middleware saves it.</summary>
    public async Task<long> AddChatAsync(string channelId, string conversationId, string userId, string? aadObjectId = null, string? tenantId = null)
    {
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = StubChannel.ServiceUrl,
            User = new ChannelAccount { Id = userId, AadObjectId = aadObjectId },
            Bot = new ChannelAccount { Id = "28:bot", Name = "BotApp" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        };
        var record = new ConversationReferenceRecord
        {
            ChannelId = channelId,
            ConversationId = conversationId,
            ConversationType = "personal",
            UserId = userId,
            UserAadObjectId = aadObjectId,
            TenantId = tenantId,
            ServiceUrl = StubChannel.ServiceUrl,
            ReferenceJson = JsonSerializer.Serialize(reference, ProtocolJson.Options),
            UpdatedAt = Clock.GetUtcNow(),
        };
        await WithDbAsync(db => db.ConversationReferences.Add(record));
        return record.Id;
    }

    /// <summary>Queues and commits, as a handler does.</summary>
    public async Task<int> QueueAsync(Notice notice)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var queued = await NoticeQueue.QueueAsync(db, notice, Clock, CancellationToken.None);
        await db.SaveChangesAsync();
        return queued;
    }

    public Task<List<OutboxMessage>> RowsAsync(string sourceKey) =>
        ReadAsync(db => db.Outbox.Where(o => o.SourceKey == sourceKey).OrderBy(o => o.Id).ToListAsync());

    public async Task<OutboxMessage> RowAsync(string sourceKey) => Assert.Single(await RowsAsync(sourceKey));

    public Task<ConversationReferenceRecord> ChatAsync(long id) => ReadAsync(db => db.ConversationReferences.SingleAsync(r => r.Id == id));

    /// <summary>What the bot sent to (or tried to send to) one conversation, in order.</summary>
    public List<RecordedCall> CallsTo(string conversationId) =>
        [.. Channel.Calls.Where(c => c.Uri.AbsolutePath.Contains($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/", StringComparison.Ordinal))];

    public async Task<T> ReadAsync<T>(Func<BotDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings["ConnectionStrings:Bot"] = $"Data Source={DatabasePath}";
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Bot", $"Data Source={DatabasePath}");
        // After the app's own registrations, so this clock replaces TimeProvider.System.
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddNoticeRenderer<GreetingRenderer>();
            services.AddNoticeRenderer<SilentRenderer>();
            services.AddNoticeRenderer<FailingRenderer>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!KeepDatabase)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(DatabasePath + suffix);
        }
    }

    private async Task WithDbAsync(Action<BotDbContext> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
