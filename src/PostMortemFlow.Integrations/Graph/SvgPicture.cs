using SkiaSharp;
using Svg.Skia;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>An SVG drawn to a PNG without a browser (Svg.Skia over SkiaSharp), for the Word report's pictures.</summary>
public static class SvgPicture
{
    /// <summary>The PNG and its size in pixels; null when the SVG cannot be drawn.</summary>
    /// <param name="scale">Pixels per SVG unit; 2 keeps text sharp when Word shows the picture at page width.</param>
    public static (byte[] Png, int Width, int Height)? ToPng(string svg, float scale = 2f)
    {
        ArgumentNullException.ThrowIfNull(svg);
        using var document = new SKSvg();
        using var source = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svg));
        var picture = document.Load(source);
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            return null;
        }
        using var png = new MemoryStream();
        if (!document.Save(png, SKColors.White, SKEncodedImageFormat.Png, 100, scale, scale))
        {
            return null;
        }
        return (png.ToArray(), (int)Math.Ceiling(picture.CullRect.Width * scale), (int)Math.Ceiling(picture.CullRect.Height * scale));
    }
}
