using System.Collections.Concurrent;
using System.Diagnostics;

namespace PostMortemFlow.Functions.Tests.Durability;

/// <summary>
/// The app's orchestrator and activities on a Durable Task worker in a process of its own
/// (<c>PostMortemFlow.Functions.Worker</c>), so a test can kill it with SIGKILL as a crashed Functions instance dies.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(string name, IReadOnlyDictionary<string, string?> environment)
    {
        Name = name;
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(WorkerAssembly());
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
    }

    public string Name { get; }

    /// <summary>Starts the worker and waits until it listens to its task hub.</summary>
    public static async Task<WorkerProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> environment)
    {
        var worker = new WorkerProcess(name, environment);
        worker._process.Start();
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        var exited = worker._process.WaitForExitAsync();
        if (await Task.WhenAny(worker._ready.Task, exited, Task.Delay(StartTimeout)) != worker._ready.Task)
        {
            var why = worker._process.HasExited ? $"exited with {worker._process.ExitCode}" : $"not ready within {StartTimeout.TotalSeconds:0} s";
            var tail = worker.Tail();
            worker.Dispose();
            throw new InvalidOperationException($"worker {name} {why}:\n{tail}");
        }
        return worker;
    }

    /// <summary>Whether the worker died of itself (its crash point) within <paramref name="patience"/>.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan patience)
    {
        using var cancel = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no lease given back.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>Whether the worker has printed a line containing <paramref name="text"/>.</summary>
    public bool Printed(string text) => _output.Any(line => line.Contains(text, StringComparison.Ordinal));

    public string Tail(int lines = 40) => $"--- {Name} ---\n" + string.Join('\n', _output.TakeLast(lines));

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (line.Contains("worker ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>The worker as built next to this test (its own output: its dependencies are not all copied here).</summary>
    private static string WorkerAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration, tests) = (output.Name, output.Parent!.Name, output.Parent.Parent!.Parent!.Parent!.FullName);
        var path = Path.Combine(tests, "PostMortemFlow.Functions.Worker", "bin", configuration, framework, "PostMortemFlow.Functions.Worker.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The worker is not built: {path} is missing. Build PostMortemFlow.sln first.", path);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
