namespace Portal.Core.Media;

/// <summary>Pixel size of a decoded image.</summary>
public readonly record struct ImageInfo(int Width, int Height);
