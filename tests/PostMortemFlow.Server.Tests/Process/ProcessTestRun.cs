using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>
/// One test's temporary folder and the server processes it started. A failing test gets the tail of every server's
/// log in its output; dispose kills whatever still runs and removes the folder.
/// </summary>
public sealed class ProcessTestRun(ITestOutputHelper output) : IDisposable
{
    private readonly List<ServerProcess> _servers = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "pmf-process-tests", Guid.NewGuid().ToString("N"));

    public string LogFolder => Path.Combine(Folder, "logs");

    public async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string? crashAfter = null)
    {
        // A server that fails to start puts its log tail in the exception; only started ones are listed here.
        var server = await ServerProcess.StartAsync(name, environment, LogFolder, crashAfter);
        _servers.Add(server);
        return server;
    }

    /// <summary>Runs the test body; when it fails, the servers' logs go to the test output before the failure.</summary>
    public async Task DiagnoseAsync(Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            foreach (var server in _servers)
            {
                output.WriteLine(server.Tail());
            }
            throw;
        }
    }

    public void Log(string message) => output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {message}");

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
