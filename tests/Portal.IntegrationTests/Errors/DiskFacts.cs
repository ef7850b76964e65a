using System.Diagnostics;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// A test that needs a real full or read-only disk: a small tmpfs mounted for the test and immutable files
/// (chattr +i), since permissions prove nothing for root. Runs as root, as the tests and CI do; skipped with the
/// reason only where mounting is impossible.
/// </summary>
public sealed class DiskFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public DiskFactAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Null when a tmpfs can be mounted and a file made immutable here; else why not.</summary>
    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "Needs Linux (tmpfs, chattr).";
        }
        var dir = Directory.CreateTempSubdirectory("portal-disk-probe").FullName;
        try
        {
            if (Disk.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir) is { } mountError)
            {
                return "Cannot mount a tmpfs (the tests must run as root, as CI does): " + mountError;
            }
            var file = Path.Combine(dir, "probe");
            File.WriteAllText(file, "x");
            var chattrError = Disk.Run("chattr", "+i", file);
            Disk.Run("chattr", "-i", file);
            Disk.Run("umount", dir);
            return chattrError is null ? null : "Cannot make a file immutable with chattr: " + chattrError;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>The commands behind <see cref="DiskFactAttribute"/> tests.</summary>
public static class Disk
{
    /// <summary>Runs a command; null when it succeeded, else its error output.</summary>
    public static string? Run(string command, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} exited with {process.ExitCode}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{command}: {e.Message}";
        }
    }

    public static void Must(string command, params string[] arguments)
    {
        if (Run(command, arguments) is { } error)
        {
            throw new InvalidOperationException(error);
        }
    }

    /// <summary>Writes a filler file until the file system is full; returns it so the space can be given back.</summary>
    public static string Fill(string folder)
    {
        var filler = Path.Combine(folder, "filler.bin");
        var block = new byte[64 * 1024];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: shrink the last block to the byte.
        }
        var small = new byte[512];
        try
        {
            while (true)
            {
                stream.Write(small);
            }
        }
        catch (IOException)
        {
        }
        return filler;
    }
}
