using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// The real server on a loopback port (Kestrel, embedded mode, temp data folder) and headless Debian Chromium driven by
/// Playwright — no browser download. Screenshots go to the test project's <c>TestResults/screenshots</c>.
/// </summary>
public sealed class UiServer : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly ServerFactory _factory = new();
    private IPlaywright? _playwright;

    /// <summary>A server of its own with settings added, for a test that needs another configuration.</summary>
    public static UiServer With(IReadOnlyDictionary<string, string> settings)
    {
        var server = new UiServer();
        foreach (var (key, value) in settings)
        {
            server._factory.Settings[key] = value;
        }
        return server;
    }

    public string BaseUrl { get; private set; } = "";

    public string DataPath => _factory.DataPath;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(TestProjectDirectory(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        Api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public T Services<T>() where T : notnull => _factory.Services.GetRequiredService<T>();

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Console.WriteLine($"screenshot: {path}");
        return path;
    }

    /// <summary>Declares through the JSON API and waits until the evidence is collected (TimelineReview).</summary>
    public async Task<string> DeclareAsync(object declaration)
    {
        var response = await Api.PostAsJsonAsync("/api/postmortems", declaration);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await WaitForPhaseAsync(id, "TimelineReview");
        return id;
    }

    /// <summary>Declares it and gives it the seed example's timeline, as a reviewer finds it once collecting is done.</summary>
    public async Task<string> DeclareWithTimelineAsync(string title, DateTimeOffset end)
    {
        var id = await DeclareAsync(UiData.Declaration(title, end));
        (await Api.PutAsJsonAsync($"/api/postmortems/{id}/timeline", new PostMortemFlow.Api.PostMortems.TimelineRequest { Entries = [.. UiData.Seed(end).Timeline] },
            UiJson.Options)).EnsureSuccessStatusCode();
        return id;
    }

    public async Task WaitForPhaseAsync(string id, string phase)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var state = await Api.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
            if (state.GetProperty("phase").GetString() == phase)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{id} stayed in {state.GetProperty("phase").GetString()}, expected {phase}.");
            }
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Api?.Dispose();
        await _factory.DisposeAsync();
    }

    private static string TestProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PostMortemFlow.Server.Tests.csproj")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
