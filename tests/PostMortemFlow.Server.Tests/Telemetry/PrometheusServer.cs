using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// A real Prometheus (the Debian <c>prometheus</c> binary) on a free loopback port of its own, scraping one target's
/// <c>/metrics</c> every second, with its data in a folder of the test; killed on dispose.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    public const string Binary = "prometheus";
    public const string Job = "postmortemflow";

    private readonly System.Diagnostics.Process _process;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http;

    private PrometheusServer(System.Diagnostics.Process process, Uri address)
    {
        _process = process;
        Address = address;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
    }

    public Uri Address { get; }

    public static async Task<PrometheusServer> StartAsync(Uri target, string folder, TimeSpan timeout)
    {
        var binary = RealServerFactAttribute.FindOnPath(Binary) ?? throw new InvalidOperationException($"{Binary} is not installed (./test.sh installs it).");
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "prometheus.yml");
        await File.WriteAllTextAsync(config, $$"""
            global: {scrape_interval: 1s, scrape_timeout: 1s, evaluation_interval: 1s}
            scrape_configs:
              - job_name: {{Job}}
                static_configs: [{targets: ["{{target.Authority}}"]}]
            """);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo(binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                $"--config.file={config}",
                $"--storage.tsdb.path={Path.Combine(folder, "data")}",
                $"--web.listen-address={address.Authority}",
            },
        };
        var process = new System.Diagnostics.Process { StartInfo = start };
        var prometheus = new PrometheusServer(process, address);
        process.OutputDataReceived += (_, e) => prometheus.Append(e.Data);
        process.ErrorDataReceived += (_, e) => prometheus.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await prometheus.WaitUntilReadyAsync(timeout);
            return prometheus;
        }
        catch
        {
            prometheus.Dispose();
            throw;
        }
    }

    /// <summary>The value of the first series an instant query returns now, or null when it returns none.</summary>
    public async Task<double?> QueryAsync(string promQl) => (await SeriesAsync(promQl)).Select(s => (double?)s.Value).FirstOrDefault();

    /// <summary>Every series an instant query returns now: its labels and its value.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> SeriesAsync(string promQl)
    {
        var answer = await _http.GetFromJsonAsync<JsonElement>($"/api/v1/query?query={Uri.EscapeDataString(promQl)}");
        Assert.Equal("success", answer.GetProperty("status").GetString());
        return answer.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(series => (
                (IReadOnlyDictionary<string, string>)series.GetProperty("metric").EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString()!),
                double.Parse(series.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Polls <paramref name="promQl"/> until its value satisfies <paramref name="condition"/>; fails with the last value and the log.</summary>
    public async Task<double?> WaitForAsync(string promQl, Func<double?, bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        double? value;
        while (!condition(value = await QueryAsync(promQl)))
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"{promQl} was {value?.ToString(CultureInfo.InvariantCulture) ?? "no series"} after {timeout}.\n{Log()}");
            }
            await Task.Delay(250);
        }
        return value;
    }

    public string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prometheus exited with code {_process.ExitCode}.\n{Log()}");
            }
            try
            {
                using var ready = await _http.GetAsync("/-/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
            }
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Prometheus was not ready within {timeout}.\n{Log()}");
            }
            await Task.Delay(100);
        }
    }
}
