using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class PersonalisedPlanConfiguration : IEntityTypeConfiguration<PersonalisedPlan>
{
    public void Configure(EntityTypeBuilder<PersonalisedPlan> builder)
    {
        builder.ToTable("Plans");
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne(x => x.Customer).WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tariff).WithMany().HasForeignKey(x => x.TariffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Requester).WithMany().HasForeignKey(x => x.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Steps).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId);
        builder.HasIndex(x => new { x.Status, x.ExpiresOn });
    }
}
