using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class GroupCustomerConfiguration : IEntityTypeConfiguration<GroupCustomer>
{
    public void Configure(EntityTypeBuilder<GroupCustomer> builder)
    {
        builder.Property(x => x.Code).HasMaxLength(16);
        builder.HasIndex(x => x.Code).IsUnique();
        // Search and lists order by grade and revenue, optionally within one grade or industry (ADR-011).
        builder.HasIndex(x => new { x.Grade, x.GradeRevenue });
        builder.HasIndex(x => new { x.Industry, x.Grade, x.GradeRevenue });
        // A manager's customers in rank order, also within one grade ("我的五星客户"); they serve the foreign keys too. With
        // only the single-column key index, SQLite read a whole grade from the grade index for one manager (ADR-012).
        builder.HasIndex(x => new { x.AccountManagerId, x.Grade, x.GradeRevenue });
        builder.HasIndex(x => new { x.ServiceManagerId, x.Grade, x.GradeRevenue });
        builder.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.AccountManager).WithMany().HasForeignKey(x => x.AccountManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ServiceManager).WithMany().HasForeignKey(x => x.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Contacts).WithOne(x => x.Customer).HasForeignKey(x => x.CustomerId);
        builder.HasMany(x => x.Subscriptions).WithOne(x => x.Customer).HasForeignKey(x => x.CustomerId);
        builder.HasMany(x => x.Agreements).WithOne(x => x.Customer).HasForeignKey(x => x.CustomerId);
        builder.HasMany(x => x.Bills).WithOne(x => x.Customer).HasForeignKey(x => x.CustomerId);
        builder.HasMany(x => x.Arrears).WithOne(x => x.Customer).HasForeignKey(x => x.CustomerId);
    }
}
