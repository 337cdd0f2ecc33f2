namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>A browser test: skipped on a developer machine without Chromium, but failing in CI (CI=true), where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(UiServer.Chromium) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {UiServer.Chromium}; ./test.sh installs it.";
        }
    }
}
