using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// A stand-in for a telemetry backend on a loopback port: an OTLP/HTTP collector (<c>/v1/traces</c>, <c>/v1/metrics</c>,
/// <c>/v1/logs</c>) or Application Insights' ingestion (<c>/v2.1/track</c>). It answers 200 to every export and keeps the
/// bodies by path, gzip undone; protobuf and JSON both keep strings as UTF-8, so a test can look for them.
/// </summary>
public sealed class TelemetrySink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<byte[]>> _bodies = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public TelemetrySink(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>Whether any body exported to <paramref name="path"/> contains <paramref name="text"/>.</summary>
    public bool Received(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return _bodies.TryGetValue(path, out var bodies) && bodies.Any(b => b.AsSpan().IndexOf(bytes) >= 0);
    }

    /// <summary>What arrived, path by path, for a failure message.</summary>
    public string Summary() => _bodies.IsEmpty
        ? "nothing received"
        : string.Join(", ", _bodies.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}: {b.Value.Count} bodies, {b.Value.Sum(x => x.Length)} bytes"));

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception failure) when (failure is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            var content = context.Request.Headers["Content-Encoding"] == "gzip"
                ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                : context.Request.InputStream;
            await content.CopyToAsync(body);
            _bodies.GetOrAdd(context.Request.Url!.AbsolutePath, _ => new()).Enqueue(body.ToArray());
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync("{\"itemsReceived\":0,\"itemsAccepted\":0,\"errors\":[]}"u8.ToArray());
            context.Response.Close();
        }
    }
}
