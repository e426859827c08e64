using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BotApp.Data;

/// <summary>The one store. Handlers use it directly (no repository on top; see docs/decisions/ADR-002).</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<Staff> Staff => Set<Staff>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<GroupCustomer> GroupCustomers => Set<GroupCustomer>();
    public DbSet<KeyContact> KeyContacts => Set<KeyContact>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<MonthlyBill> MonthlyBills => Set<MonthlyBill>();
    public DbSet<Arrears> Arrears => Set<Arrears>();
    public DbSet<Tariff> Tariffs => Set<Tariff>();
    public DbSet<PersonalisedPlan> Plans => Set<PersonalisedPlan>();
    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<BotStateRecord> BotState => Set<BotStateRecord>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native DateTimeOffset; as a sortable integer it can be compared and ordered in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // Money as integer fen, so SUM and ORDER BY work in SQL (ADR-007).
        configurationBuilder.Properties<decimal>().HaveConversion<HundredthsConverter>();
        // Enums by name: readable in SQL and safe against reordering the members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Raises the concurrency token of every changed <see cref="IVersioned"/> row. The UPDATE then says
    /// "WHERE Version = original", so a writer who loaded an older version changes nothing and EF throws
    /// DbUpdateConcurrencyException. A handler that acts on a card sets OriginalValue to the card's version first.
    /// </summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            var version = entry.Property(nameof(IVersioned.Version));
            if (entry.State == EntityState.Added)
                version.CurrentValue = 1;
            else if (entry.State == EntityState.Modified)
                version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
