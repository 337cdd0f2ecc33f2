using System.Diagnostics;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.EvidenceBench;

public static class ExtractBench
{
    public static async Task<int> RunAsync(int lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pmf-bench-{Guid.NewGuid():N}.log");
        try
        {
            await using (var writer = new StreamWriter(file))
            {
                for (long i = 0; i < lines; i++)
                {
                    await writer.WriteAsync(LogSample.Line(i));
                    await writer.WriteAsync('\n');
                }
            }
            // warm the page cache so both sides read from memory
            await File.ReadAllBytesAsync(file);

            var window = new EvidenceWindow(new(2025, 2, 9, 9, 30, 0, TimeSpan.Zero), new(2025, 2, 9, 12, 30, 0, TimeSpan.Zero));
            var clock = Stopwatch.StartNew();
            var extractor = new LogEvidenceExtractor("logs", "logs/export.log", window);
            using (var reader = new StreamReader(file, System.Text.Encoding.UTF8, false, new FileStreamOptions { BufferSize = 1 << 16 }))
            {
                await extractor.AddLinesAsync(reader);
            }
            clock.Stop();
            var ours = clock.Elapsed;

            clock.Restart();
            using var grep = Process.Start(new ProcessStartInfo("grep", ["-c", "-i", "error", file]) { RedirectStandardOutput = true })!;
            var matched = (await grep.StandardOutput.ReadToEndAsync()).Trim();
            await grep.WaitForExitAsync();
            clock.Stop();
            var theirs = clock.Elapsed;

            Console.WriteLine($"extract: {extractor.Lines} lines, {extractor.ErrorLines} error lines, {extractor.Entries().Count} rows in {ours.TotalSeconds:0.00} s = {extractor.Lines / ours.TotalSeconds / 1e6:0.00} M lines/s");
            Console.WriteLine($"grep -c -i error: {matched} in {theirs.TotalSeconds:0.00} s = {extractor.Lines / theirs.TotalSeconds / 1e6:0.00} M lines/s; ratio {ours / theirs:0.00}x");
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
