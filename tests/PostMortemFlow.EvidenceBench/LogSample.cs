using System.Text;

namespace PostMortemFlow.EvidenceBench;

/// <summary>Deterministic log-like lines: mostly INFO, some errors, a few deploys and the odd secret.</summary>
public static class LogSample
{
    public static string Line(long i)
    {
        var at = new DateTimeOffset(2025, 2, 9, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(i * 3 % 7_200_000);
        return (i % 1000) switch
        {
            0 => $"{at:yyyy-MM-ddTHH:mm:ss.fffZ} ERROR request {i} failed: upstream timed out after 30000 ms",
            1 => $"{at:yyyy-MM-ddTHH:mm:ss.fffZ} INFO deploy of api v{i % 97} rolled out to 3/3 pods",
            2 => $"{at:yyyy-MM-ddTHH:mm:ss.fffZ} DEBUG calling https://svc.internal/v1?api_key=k{i}abcdef&page=2",
            _ => $"{at:yyyy-MM-ddTHH:mm:ss.fffZ} INFO GET /api/orders/{i} 200 in {i % 250} ms user=u{i % 5000}",
        };
    }

    /// <summary>About <paramref name="bytes"/> of lines as one UTF-8 block, repeated by the HTTP source.</summary>
    public static byte[] Block(int bytes)
    {
        var text = new StringBuilder(bytes + 200);
        for (long i = 0; text.Length < bytes; i++)
        {
            text.Append(Line(i)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
