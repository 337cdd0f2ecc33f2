namespace PostMortemFlow.Server.CrashHost;

/// <summary>Runs the server's own entry point, unchanged, with the crash point the environment names.</summary>
public static class CrashHostProgram
{
    public static int Main(string[] args)
    {
        // Razor pages, settings and the application's name stay the server's, as when it runs alone.
        Environment.SetEnvironmentVariable("ASPNETCORE_APPLICATIONNAME", typeof(global::Program).Assembly.GetName().Name);
        using var crash = ServerCrashPoint.FromEnvironment();
        var entry = typeof(global::Program).Assembly.EntryPoint ?? throw new InvalidOperationException("The server assembly has no entry point.");
        var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [args]);
        return result is int code ? code : 0;
    }
}
