using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.UnitTests.Import;

/// <summary>Builds a valid 1×1 RGB PNG by hand (signature, IHDR, zlib IDAT, IEND with their CRCs).</summary>
internal static class TinyPng
{
    public static byte[] Create(byte red = 200, byte green = 30, byte blue = 30) => Create(1, 1, red, green, blue);

    /// <summary>
    /// A PNG whose header claims <paramref name="width"/>×<paramref name="height"/> pixels but carries one row's worth of
    /// data: a pixel bomb, a few hundred bytes that a decoder would allocate gigabytes for.
    /// </summary>
    public static byte[] Create(int width, int height, byte red = 200, byte green = 30, byte blue = 30)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        Chunk(png, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, red, green, blue]); // filter byte "none", then one pixel
            }
            Chunk(png, "IDAT", pixels.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
