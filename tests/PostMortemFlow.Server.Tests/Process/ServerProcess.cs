using System.Diagnostics;
using System.Net;
using System.Text;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>
/// The real server as a child process (<c>dotnet PostMortemFlow.Server.dll</c>): started with environment settings,
/// ready once <c>GET /healthz</c> answers 200, killed with SIGKILL. Its output goes to a log file for diagnostics.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(45);
    private readonly System.Diagnostics.Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private bool _logClosed;

    private ServerProcess(string name, System.Diagnostics.Process process, StreamWriter log, string logPath, Uri baseAddress)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts the server on a free loopback HTTP port and waits until it is healthy; with <paramref name="crashAfter"/>,
    /// the server's own entry point runs in the crash host, which kills it at that moment (<c>PMF_SERVER_CRASH_AFTER</c>).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string logFolder, string? crashAfter = null)
    {
        var server = Start(name, environment, logFolder, crashAfter);
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private static ServerProcess Start(string name, IReadOnlyDictionary<string, string> environment, string logFolder, string? crashAfter)
    {
        var port = FreePorts.Take(1)[0];
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Not the repository: a stray local.settings.json or ./data there must not leak into the test.
            WorkingDirectory = logFolder,
        };
        start.ArgumentList.Add(crashAfter is null ? ServerAssembly() : Built("tests", "PostMortemFlow.Server.CrashHost"));
        if (crashAfter is not null)
        {
            start.Environment["PMF_SERVER_CRASH_AFTER"] = crashAfter;
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        Directory.CreateDirectory(logFolder);
        var logPath = Path.Combine(logFolder, $"{name}-{DateTime.UtcNow:HHmmss.fff}.log");
        var log = new StreamWriter(logPath, append: false, Encoding.UTF8) { AutoFlush = true };
        var process = new System.Diagnostics.Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(name, process, log, logPath, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing, exactly like a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        if (_process.WaitForExit(10_000))
        {
            // The parameterless wait also drains the redirected output into the log.
            _process.WaitForExit();
        }
    }

    /// <summary>The last lines the server wrote, for a failure message.</summary>
    public string Tail(int lines = 60)
    {
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.Flush();
            }
        }
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n');
        return $"--- {Name} (pid {ProcessId}, {(HasExited ? "exited" : "running")}), last {lines} lines of {LogPath} ---\n"
            + string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Server {Name} exited with code {_process.ExitCode} before it was healthy.\n{Tail()}");
            }
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (clock.Elapsed > HealthTimeout)
            {
                throw new TimeoutException($"Server {Name} was not healthy within {HealthTimeout}.\n{Tail()}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The dotnet host that runs this test, so the server runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The server built next to this test: src/PostMortemFlow.Server/bin/{same configuration}/net10.0.</summary>
    public static string ServerAssembly() => Built("src", "PostMortemFlow.Server");

    /// <summary>Once this process has exited (a crash point fired), with its output drained into the log.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Server {Name} did not exit within {timeout}.\n{Tail()}");
        }
    }

    private static string Built(string folderName, string project)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PostMortemFlow.sln")))
        {
            folder = folder.Parent;
        }
        if (folder is null)
        {
            throw new InvalidOperationException($"No PostMortemFlow.sln above {AppContext.BaseDirectory}; cannot find the server to start.");
        }
        var path = Path.Combine(folder.FullName, folderName, project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{project} is not built for {Configuration}: {path} is missing. Build PostMortemFlow.sln first.", path);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
