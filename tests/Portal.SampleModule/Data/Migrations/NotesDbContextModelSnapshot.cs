using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

#nullable disable

namespace Portal.SampleModule.Data.Migrations;

/// <summary>The model after the last migration; EF refuses to migrate when the code's model differs from it.</summary>
[DbContext(typeof(NotesDbContext))]
public sealed class NotesDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.12");

        modelBuilder.Entity("Portal.SampleModule.Data.Note", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasColumnType("INTEGER");

            b.Property<bool>("Pinned")
                .HasColumnType("INTEGER");

            b.Property<string>("Text")
                .IsRequired()
                .HasMaxLength(200)
                .HasColumnType("TEXT");

            b.HasKey("Id");

            b.ToTable("TestNotes");
        });
    }
}
