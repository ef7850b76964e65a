using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class StaleUploadsTests
{
    [Fact]
    public void Sweep_ShouldDeleteOnlyBuffersOlderThanTheMaximumAge()
    {
        var folder = Directory.CreateTempSubdirectory("portal-uploads-").FullName;
        var old = Path.Combine(folder, "old");
        var fresh = Path.Combine(folder, "fresh");
        File.WriteAllText(old, "x");
        File.WriteAllText(fresh, "x");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow - StaleUploads.MaxAge - TimeSpan.FromMinutes(1));

        StaleUploads.Sweep(folder, DateTime.UtcNow);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(fresh));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Sweep_ShouldDoNothing_WhenTheFolderDoesNotExist()
    {
        StaleUploads.Sweep(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), DateTime.UtcNow);
    }
}
