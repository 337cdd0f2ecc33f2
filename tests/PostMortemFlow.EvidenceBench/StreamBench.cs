using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;

namespace PostMortemFlow.EvidenceBench;

public static class StreamBench
{
    public static async Task<int> RunAsync(string mode, int mebibytes)
    {
        var total = (long)mebibytes << 20;
        var block = LogSample.Block(1 << 20);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.Run(async context =>
        {
            context.Response.ContentType = "text/plain";
            for (long sent = 0; sent < total; sent += block.Length)
            {
                await context.Response.Body.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, total - sent)));
            }
        });
        await app.StartAsync();
        var url = app.Urls.First();
        var folder = Path.Combine(Path.GetTempPath(), "pmf-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            long bytes;
            long redactions = 0;
            if (mode == "plain")
            {
                await using var file = new FileStream(Path.Combine(folder, "export.log"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await body.CopyToAsync(file, 1 << 16);
                bytes = file.Length;
            }
            else
            {
                var store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = folder }));
                var (stored, count) = await store.WriteRedactedAsync(new ArtifactKey("bench", "logs", "export.log"), body);
                bytes = stored.Bytes;
                redactions = count;
            }
            clock.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine($"stream {mode}: {bytes / (1 << 20)} MiB in {clock.Elapsed.TotalSeconds:0.00} s = {bytes / clock.Elapsed.TotalSeconds / (1 << 20):0} MiB/s, " +
                              $"peak working set {peak / (1 << 20)} MiB{(mode == "plain" ? "" : $", {redactions} redactions")}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
