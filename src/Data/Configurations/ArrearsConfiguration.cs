using BotApp.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BotApp.Data.Configurations;

internal sealed class ArrearsConfiguration : IEntityTypeConfiguration<Arrears>
{
    public void Configure(EntityTypeBuilder<Arrears> builder)
    {
        builder.ToTable("Arrears");
        builder.HasIndex(x => new { x.CustomerId, x.BillMonth }).IsUnique();
    }
}
