using SkiaSharp;

namespace Portal.Core.Setup;

/// <summary>
/// Illustrations for the demo sites, drawn at seed time with SkiaSharp (no file is downloaded or shipped): hills and rice
/// terraces, a meeting hall, a school with its flag, a health station, villagers, a new house, forest, a harvest. They
/// carry no text (fonts are not guaranteed on a server) and are deterministic, so every demo looks the same. The bytes
/// are made once per process: the integration tests seed the demo units many times.
/// </summary>
public static class DemoPictures
{
    /// <summary>
    /// Size of the JPEGs: the article column's width (800 px, <c>ContentImages.BodySizes</c>), wider than a phone, so the
    /// library makes one resized copy (320 px) instead of two; each demo picture is uploaded in every seed of every host.
    /// </summary>
    public const int Width = 800;
    public const int Height = 533;

    /// <summary>The scenes are laid out on a 1,200 × 800 canvas and scaled down to <see cref="Width"/>.</summary>
    private const int DrawnWidth = 1200, DrawnHeight = 800;

    public enum Scene { Hills, Meeting, School, Clinic, Volunteers, House, Forest, Harvest, Classroom, Festival }

    /// <summary>A JPEG of <paramref name="scene"/>; <paramref name="variant"/> shifts colours and placement.</summary>
    public static byte[] Jpeg(Scene scene, int variant = 0) => DemoFileCache.Once($"picture:{scene}:{variant}", () =>
        Encode(Width, Height, canvas =>
        {
            canvas.Scale((float)Width / DrawnWidth);
            Draw(canvas, scene, new Random(((int)scene * 97) + variant), variant);
        }, SKEncodedImageFormat.Jpeg));

    /// <summary>A wide picture for the header: hills and terraces for a commune, a school yard for a school.</summary>
    public static byte[] Banner(bool school) => DemoFileCache.Once($"banner:{school}", () => Encode(1600, 400, canvas =>
    {
        var random = new Random(school ? 11 : 7);
        Sky(canvas, 1600, 400, new SKColor(0x9f, 0xd4, 0xf0), new SKColor(0xf4, 0xf1, 0xe4));
        Mountains(canvas, random, 1600, 400, 0.42f, new SKColor(0x7c, 0xa9, 0x8f));
        Mountains(canvas, random, 1600, 400, 0.58f, new SKColor(0x4f, 0x8a, 0x5b));
        if (school)
        {
            Ground(canvas, 1600, 400, 0.78f, new SKColor(0xc9, 0xb4, 0x8a));
            Building(canvas, 520, 170, 760, 150, new SKColor(0xf2, 0xc9, 0x4c), new SKColor(0xb0, 0x3a, 0x2e), 8);
            Flag(canvas, 430, 110, 1.2f);
            for (var i = 0; i < 9; i++)
            {
                Person(canvas, 200 + i * 130, 385, 0.8f, i % 2 == 0 ? SKColors.White : new SKColor(0x1e, 0x5a, 0xa8));
            }
        }
        else
        {
            Terraces(canvas, 1600, 400, 0.66f, random);
        }
    }, SKEncodedImageFormat.Jpeg));

    /// <summary>A square emblem: a gold star on the commune's red, or an open book under a star on the school's blue.</summary>
    public static byte[] Logo(bool school) => DemoFileCache.Once($"logo:{school}", () => Encode(256, 256, canvas =>
    {
        using var gold = Fill(new SKColor(0xff, 0xd2, 0x3f));
        canvas.DrawCircle(128, 128, 126, gold);
        using var disc = Fill(school ? new SKColor(0x0b, 0x4f, 0x8c) : new SKColor(0xc6, 0x28, 0x28));
        canvas.DrawCircle(128, 128, 112, disc);
        if (school)
        {
            using var star = Star(128, 78, 34, 14);
            canvas.DrawPath(star, gold);
            using var page = Fill(SKColors.White);
            using var left = new SKPath();
            left.MoveTo(60, 130); left.QuadTo(94, 116, 126, 134); left.LineTo(126, 190); left.QuadTo(94, 172, 60, 186); left.Close();
            using var right = new SKPath();
            right.MoveTo(196, 130); right.QuadTo(162, 116, 130, 134); right.LineTo(130, 190); right.QuadTo(162, 172, 196, 186); right.Close();
            canvas.DrawPath(left, page);
            canvas.DrawPath(right, page);
        }
        else
        {
            using var star = Star(128, 120, 62, 25);
            canvas.DrawPath(star, gold);
            // Two sheaves of rice around the star, as on many emblems.
            using var leaf = new SKPaint { Color = new SKColor(0xff, 0xd2, 0x3f), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 7, StrokeCap = SKStrokeCap.Round };
            using var sheaf = new SKPath();
            sheaf.AddArc(SKRect.Create(38, 38, 180, 180), 100, 70);
            sheaf.AddArc(SKRect.Create(38, 38, 180, 180), 10, 70);
            canvas.DrawPath(sheaf, leaf);
        }
    }, SKEncodedImageFormat.Png));

    private static byte[] Encode(int width, int height, Action<SKCanvas> draw, SKEncodedImageFormat format)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, format == SKEncodedImageFormat.Png ? SKAlphaType.Premul : SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 82);
        return data.ToArray();
    }

    private static void Draw(SKCanvas canvas, Scene scene, Random random, int variant)
    {
        const int w = DrawnWidth, h = DrawnHeight;
        switch (scene)
        {
            case Scene.Hills:
                Sky(canvas, w, h, new SKColor(0x8e, 0xc9, 0xee), new SKColor(0xfb, 0xf0, 0xd9));
                Sun(canvas, 900 - variant * 120, 170);
                Mountains(canvas, random, w, h, 0.40f, new SKColor(0x86, 0xa8, 0xb8));
                Mountains(canvas, random, w, h, 0.52f, new SKColor(0x5c, 0x8f, 0x6a));
                Terraces(canvas, w, h, 0.62f, random);
                break;
            case Scene.Meeting:
                Wall(canvas, w, h, new SKColor(0xb7, 0x1c, 0x1c));
                using (var gold = Fill(new SKColor(0xff, 0xd2, 0x3f)))
                using (var star = Star(w / 2f, 150, 70, 28))
                {
                    canvas.DrawPath(star, gold);
                }
                Ground(canvas, w, h, 0.55f, new SKColor(0x8d, 0x5a, 0x3c));
                using (var table = Fill(new SKColor(0xf5, 0xf5, 0xf0)))
                {
                    canvas.DrawRect(150, 360, 900, 70, table);
                }
                Flowers(canvas, w / 2f, 350);
                for (var row = 0; row < 3; row++)
                {
                    for (var i = 0; i < 9; i++)
                    {
                        Person(canvas, 80 + i * 130 + row * 30, 640 + row * 75, 1.25f + row * 0.15f, Shirt(random), back: true);
                    }
                }
                break;
            case Scene.School or Scene.Classroom:
                if (scene == Scene.Classroom)
                {
                    Wall(canvas, w, h, new SKColor(0xf3, 0xe9, 0xcf));
                    using (var board = Fill(new SKColor(0x2f, 0x5d, 0x3a)))
                    {
                        canvas.DrawRoundRect(300, 90, 600, 260, 8, 8, board);
                    }
                    Ground(canvas, w, h, 0.6f, new SKColor(0xb9, 0x8b, 0x5e));
                    for (var row = 0; row < 3; row++)
                    {
                        for (var i = 0; i < 6; i++)
                        {
                            using var desk = Fill(new SKColor(0x9c, 0x6b, 0x3f));
                            canvas.DrawRect(110 + i * 170 + row * 20, 560 + row * 80, 130, 24, desk);
                            Person(canvas, 175 + i * 170 + row * 20, 560 + row * 80, 0.9f + row * 0.12f, SKColors.White, back: true);
                        }
                    }
                    break;
                }
                Sky(canvas, w, h, new SKColor(0x9f, 0xd4, 0xf0), new SKColor(0xee, 0xf4, 0xf7));
                Mountains(canvas, random, w, h, 0.35f, new SKColor(0x6f, 0x9e, 0x7c));
                Ground(canvas, w, h, 0.62f, new SKColor(0xcf, 0xbf, 0x9a));
                Building(canvas, 260, 250, 820, 250, new SKColor(0xf2, 0xc9, 0x4c), new SKColor(0xb0, 0x3a, 0x2e), 7);
                Flag(canvas, 150, 170, 1.6f);
                for (var i = 0; i < 10; i++)
                {
                    Person(canvas, 100 + i * 110 + random.Next(-20, 20), 720 + random.Next(-30, 30), 1.0f, i % 3 == 0 ? new SKColor(0x1e, 0x5a, 0xa8) : SKColors.White);
                }
                break;
            case Scene.Clinic:
                Sky(canvas, w, h, new SKColor(0xa7, 0xd8, 0xf2), new SKColor(0xf2, 0xf6, 0xf8));
                Ground(canvas, w, h, 0.65f, new SKColor(0xa9, 0xc4, 0x8f));
                Building(canvas, 300, 260, 640, 270, new SKColor(0xf7, 0xf7, 0xf4), new SKColor(0x2b, 0x6c, 0xb0), 5);
                using (var red = Fill(new SKColor(0xd3, 0x2f, 0x2f)))
                {
                    canvas.DrawRect(595, 190, 50, 130, red);
                    canvas.DrawRect(555, 230, 130, 50, red);
                }
                Tree(canvas, 170, 560, 1.4f);
                Tree(canvas, 1060, 560, 1.2f);
                for (var i = 0; i < 7; i++)
                {
                    Person(canvas, 380 + i * 80, 720, 1.1f, Shirt(random), child: i % 2 == 1);
                }
                break;
            case Scene.Volunteers:
                Sky(canvas, w, h, new SKColor(0x9b, 0xd0, 0xef), new SKColor(0xf4, 0xf3, 0xe7));
                Mountains(canvas, random, w, h, 0.38f, new SKColor(0x6e, 0x9c, 0x76));
                Ground(canvas, w, h, 0.55f, new SKColor(0x8f, 0xb5, 0x6a));
                using (var road = Fill(new SKColor(0xb5, 0xae, 0xa3)))
                using (var path = new SKPath())
                {
                    path.MoveTo(520, 440); path.LineTo(680, 440); path.LineTo(1100, h); path.LineTo(100, h); path.Close();
                    canvas.DrawPath(path, road);
                }
                for (var i = 0; i < 8; i++)
                {
                    Tree(canvas, 60 + i * 150, 470 + (i % 2) * 30, 0.7f);
                    Person(canvas, 180 + i * 120, 640 + (i % 3) * 40, 1.2f, new SKColor(0x1f, 0x6f, 0xc0));
                }
                break;
            case Scene.House:
                Sky(canvas, w, h, new SKColor(0x9c, 0xd2, 0xf1), new SKColor(0xfa, 0xf1, 0xdc));
                Mountains(canvas, random, w, h, 0.4f, new SKColor(0x79, 0xa2, 0x84));
                Ground(canvas, w, h, 0.64f, new SKColor(0xb4, 0xc9, 0x8b));
                Building(canvas, 380, 300, 440, 230, new SKColor(0xf0, 0xe0, 0xc0), new SKColor(0x9c, 0x3b, 0x2f), 3);
                using (var ribbon = Fill(new SKColor(0xd3, 0x2f, 0x2f)))
                {
                    canvas.DrawRect(330, 600, 540, 14, ribbon);
                }
                for (var i = 0; i < 7; i++)
                {
                    Person(canvas, 350 + i * 85, 720, 1.2f, Shirt(random));
                }
                break;
            case Scene.Forest:
                Sky(canvas, w, h, new SKColor(0x8f, 0xc4, 0xe6), new SKColor(0xf0, 0xee, 0xdd));
                Mountains(canvas, random, w, h, 0.3f, new SKColor(0x53, 0x85, 0x63));
                Ground(canvas, w, h, 0.6f, new SKColor(0x5d, 0x8c, 0x4c));
                for (var i = 0; i < 16; i++)
                {
                    Tree(canvas, random.Next(0, w), 420 + random.Next(0, 300), 0.8f + (float)random.NextDouble() * 0.9f);
                }
                break;
            case Scene.Harvest:
                Sky(canvas, w, h, new SKColor(0x92, 0xcb, 0xef), new SKColor(0xfc, 0xf3, 0xd6));
                Sun(canvas, 980, 140);
                Mountains(canvas, random, w, h, 0.38f, new SKColor(0x7e, 0xa6, 0x8a));
                Ground(canvas, w, h, 0.5f, new SKColor(0xe0, 0xb8, 0x3a));
                using (var stalk = new SKPaint { Color = new SKColor(0xc8, 0x9a, 0x22), StrokeWidth = 3, IsAntialias = true })
                {
                    for (var i = 0; i < 400; i++)
                    {
                        var x = random.Next(0, w);
                        var y = 420 + random.Next(0, 380);
                        canvas.DrawLine(x, y, x + random.Next(-6, 6), y - 20, stalk);
                    }
                }
                for (var i = 0; i < 6; i++)
                {
                    Person(canvas, 150 + i * 180, 600 + (i % 2) * 60, 1.3f, Shirt(random), hat: true);
                }
                break;
            case Scene.Festival:
                Sky(canvas, w, h, new SKColor(0x8e, 0xc9, 0xee), new SKColor(0xfb, 0xf0, 0xd9));
                Ground(canvas, w, h, 0.58f, new SKColor(0xc2, 0xa8, 0x7a));
                // A communal house (nhà rông): a tall thatched roof on stilts.
                using (var roof = Fill(new SKColor(0x7a, 0x5a, 0x3a)))
                using (var path = new SKPath())
                {
                    path.MoveTo(600, 80); path.LineTo(780, 380); path.LineTo(420, 380); path.Close();
                    canvas.DrawPath(path, roof);
                }
                using (var wood = Fill(new SKColor(0x5b, 0x3d, 0x22)))
                {
                    canvas.DrawRect(450, 380, 300, 60, wood);
                    for (var i = 0; i < 5; i++)
                    {
                        canvas.DrawRect(460 + i * 68, 440, 14, 60, wood);
                    }
                }
                for (var i = 0; i < 12; i++)
                {
                    var angle = i * Math.PI * 2 / 12;
                    Person(canvas, 600 + (float)(Math.Cos(angle) * 380), 640 + (float)(Math.Sin(angle) * 90), 1.0f, i % 2 == 0 ? new SKColor(0x1d, 0x1d, 0x1d) : new SKColor(0xc6, 0x28, 0x28));
                }
                break;
        }
    }

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKColor Shirt(Random random) =>
        new[] { new SKColor(0xf5, 0xf5, 0xf5), new SKColor(0x2d, 0x5f, 0xa8), new SKColor(0x3b, 0x3b, 0x3b), new SKColor(0x8c, 0x2f, 0x39), new SKColor(0x2e, 0x7d, 0x32) }[random.Next(5)];

    private static void Sky(SKCanvas canvas, int w, int h, SKColor top, SKColor bottom)
    {
        using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, h * 0.7f), [top, bottom], SKShaderTileMode.Clamp) };
        canvas.DrawRect(0, 0, w, h, paint);
    }

    private static void Wall(SKCanvas canvas, int w, int h, SKColor color)
    {
        using var paint = Fill(color);
        canvas.DrawRect(0, 0, w, h, paint);
    }

    private static void Sun(SKCanvas canvas, float x, float y)
    {
        using var glow = Fill(new SKColor(0xff, 0xf1, 0xb8, 0x90));
        canvas.DrawCircle(x, y, 90, glow);
        using var sun = Fill(new SKColor(0xff, 0xe0, 0x82));
        canvas.DrawCircle(x, y, 55, sun);
    }

    private static void Mountains(SKCanvas canvas, Random random, int w, int h, float level, SKColor color)
    {
        using var path = new SKPath();
        var baseY = h * level;
        path.MoveTo(0, h);
        path.LineTo(0, baseY);
        for (var x = 0f; x <= w; x += w / 8f)
        {
            path.QuadTo(x + w / 16f, baseY - random.Next(40, (int)(h * 0.22f)), x + w / 8f, baseY + random.Next(-20, 20));
        }
        path.LineTo(w, h);
        path.Close();
        using var paint = Fill(color);
        canvas.DrawPath(path, paint);
    }

    private static void Ground(SKCanvas canvas, int w, int h, float level, SKColor color)
    {
        using var paint = Fill(color);
        canvas.DrawRect(0, h * level, w, h, paint);
    }

    private static void Terraces(SKCanvas canvas, int w, int h, float level, Random random)
    {
        SKColor[] greens = [new(0x9c, 0xc4, 0x4b), new(0x7d, 0xb0, 0x3c), new(0xb8, 0xcf, 0x5a), new(0x6a, 0x9e, 0x35), new(0xd4, 0xc2, 0x4a)];
        var band = (h * (1 - level)) / 6;
        for (var i = 0; i < 7; i++)
        {
            using var path = new SKPath();
            var y = h * level + i * band;
            path.MoveTo(0, y);
            path.CubicTo(w * 0.3f, y - 30 + random.Next(0, 20), w * 0.6f, y + 30, w, y - 10);
            path.LineTo(w, h);
            path.LineTo(0, h);
            path.Close();
            using var paint = Fill(greens[(i + random.Next(2)) % greens.Length]);
            canvas.DrawPath(path, paint);
            using var edge = new SKPaint { Color = new SKColor(0x4e, 0x7a, 0x2a, 0x80), Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
            canvas.DrawPath(path, edge);
        }
    }

    private static void Building(SKCanvas canvas, float x, float y, float width, float height, SKColor walls, SKColor roof, int windows)
    {
        using var roofPaint = Fill(roof);
        using var roofPath = new SKPath();
        roofPath.MoveTo(x - 30, y);
        roofPath.LineTo(x + width / 2, y - height * 0.35f);
        roofPath.LineTo(x + width + 30, y);
        roofPath.Close();
        canvas.DrawPath(roofPath, roofPaint);
        using var wallPaint = Fill(walls);
        canvas.DrawRect(x, y, width, height, wallPaint);
        using var window = Fill(new SKColor(0x5d, 0x86, 0xa8));
        var step = width / windows;
        for (var i = 0; i < windows; i++)
        {
            canvas.DrawRect(x + i * step + step * 0.25f, y + height * 0.2f, step * 0.5f, height * 0.28f, window);
            if (i != windows / 2)
            {
                canvas.DrawRect(x + i * step + step * 0.25f, y + height * 0.6f, step * 0.5f, height * 0.28f, window);
            }
        }
        using var door = Fill(new SKColor(0x6d, 0x4c, 0x2f));
        canvas.DrawRect(x + (windows / 2) * step + step * 0.2f, y + height * 0.55f, step * 0.6f, height * 0.45f, door);
    }

    private static void Flag(SKCanvas canvas, float x, float y, float scale)
    {
        using var pole = new SKPaint { Color = new SKColor(0x70, 0x70, 0x70), StrokeWidth = 5 * scale, IsAntialias = true };
        canvas.DrawLine(x, y, x, y + 320 * scale, pole);
        using var red = Fill(new SKColor(0xda, 0x25, 0x1d));
        canvas.DrawRect(x, y, 120 * scale, 80 * scale, red);
        using var gold = Fill(new SKColor(0xff, 0xff, 0x00));
        using var star = Star(x + 60 * scale, y + 42 * scale, 26 * scale, 10 * scale);
        canvas.DrawPath(star, gold);
    }

    private static void Tree(SKCanvas canvas, float x, float y, float scale)
    {
        using var trunk = Fill(new SKColor(0x6d, 0x4c, 0x2f));
        canvas.DrawRect(x - 8 * scale, y - 40 * scale, 16 * scale, 60 * scale, trunk);
        using var leaves = Fill(new SKColor(0x2f, 0x6b, 0x3a));
        canvas.DrawCircle(x, y - 80 * scale, 55 * scale, leaves);
        using var light = Fill(new SKColor(0x4c, 0x8c, 0x4a));
        canvas.DrawCircle(x - 18 * scale, y - 95 * scale, 28 * scale, light);
    }

    private static void Flowers(SKCanvas canvas, float x, float y)
    {
        using var leaves = Fill(new SKColor(0x2e, 0x7d, 0x32));
        canvas.DrawOval(x, y, 70, 30, leaves);
        using var petals = Fill(new SKColor(0xf4, 0x8f, 0xb1));
        for (var i = 0; i < 7; i++)
        {
            canvas.DrawCircle(x - 54 + i * 18, y - 14 + (i % 2) * 8, 11, petals);
        }
    }

    /// <summary>A person standing at (<paramref name="x"/>, <paramref name="y"/>) (feet): body, head, hair or a conical hat.</summary>
    private static void Person(SKCanvas canvas, float x, float y, float scale, SKColor shirt, bool back = false, bool child = false, bool hat = false)
    {
        var s = scale * (child ? 0.7f : 1f);
        using var trousers = Fill(new SKColor(0x2b, 0x2f, 0x3a));
        canvas.DrawRoundRect(x - 14 * s, y - 60 * s, 28 * s, 60 * s, 6 * s, 6 * s, trousers);
        using var body = Fill(shirt);
        canvas.DrawRoundRect(x - 22 * s, y - 120 * s, 44 * s, 68 * s, 14 * s, 14 * s, body);
        using var skin = Fill(new SKColor(0xe0, 0xac, 0x82));
        canvas.DrawCircle(x, y - 138 * s, 17 * s, skin);
        using var hair = Fill(new SKColor(0x22, 0x1a, 0x14));
        if (back)
        {
            canvas.DrawCircle(x, y - 140 * s, 17 * s, hair);
        }
        else
        {
            canvas.DrawArc(SKRect.Create(x - 17 * s, y - 156 * s, 34 * s, 30 * s), 180, 180, true, hair);
        }
        if (hat)
        {
            using var straw = Fill(new SKColor(0xf1, 0xe3, 0xb5));
            using var cone = new SKPath();
            cone.MoveTo(x - 34 * s, y - 140 * s);
            cone.LineTo(x, y - 178 * s);
            cone.LineTo(x + 34 * s, y - 140 * s);
            cone.Close();
            canvas.DrawPath(cone, straw);
        }
    }

    private static SKPath Star(float cx, float cy, float outer, float inner)
    {
        var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? outer : inner;
            var angle = -Math.PI / 2 + i * Math.PI / 5;
            var point = new SKPoint(cx + (float)(radius * Math.Cos(angle)), cy + (float)(radius * Math.Sin(angle)));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }
        path.Close();
        return path;
    }
}
