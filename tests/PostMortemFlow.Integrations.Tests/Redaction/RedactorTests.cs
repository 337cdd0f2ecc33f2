using System.Text;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Redaction;

namespace PostMortemFlow.Integrations.Tests.Redaction;

public class RedactorTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task WriteRedacted_Corpus_LeavesNoSecretInTheStoredArtifact()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmf-redaction-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = folder }));
            var key = new ArtifactKey("pm-1", "uploads", "corpus.log");
            await using (var source = File.OpenRead(Fixture("redaction-corpus.log")))
            {
                var (_, redactions) = await store.WriteRedactedAsync(key, source);
                Assert.Equal(18, redactions);
            }

            await using var stored = (await store.OpenReadAsync(key))!;
            var text = await new StreamReader(stored).ReadToEndAsync();
            var leaked = File.ReadAllLines(Fixture("redaction-corpus.secrets")).Where(s => s.Length > 0 && text.Contains(s, StringComparison.Ordinal)).ToList();
            Assert.Empty(leaked);
            Assert.Contains("nothing secret here: keyboard tokenizer passwordless-login", text);
            Assert.Contains("2025-02-09T10:01:13Z ERROR loaded key:", text);
            Assert.Equal(File.ReadAllLines(Fixture("redaction-corpus.log")).Length, text.Split('\n').Length - 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Authorization: Bearer abc.def-ghi", "Authorization: Bearer [REDACTED]")]
    [InlineData("https://user:p%40ss@host/path", "https://user:[REDACTED]@host/path")]
    [InlineData("AccountName=a;AccountKey=abc==;X=1", "AccountName=a;AccountKey=[REDACTED];X=1")]
    [InlineData("?sv=1&sig=abc%2B&se=2", "?sv=1&sig=[REDACTED]&se=2")]
    [InlineData("\"api_key\": \"v\"", "\"api_key\": \"[REDACTED]\"")]
    [InlineData("plain line with no secrets", "plain line with no secrets")]
    public void RedactLine_KnownShapes_MasksOnlyTheSecret(string line, string expected) =>
        Assert.Equal(expected, new Redactor().RedactLine(line));

    [Fact]
    public async Task RedactingStream_SecretAcrossReadBoundaries_IsStillFound()
    {
        var text = string.Concat(Enumerable.Repeat("2025-02-09T10:00:00Z INFO ok\n", 5000)) + "x Authorization: Bearer verysecretvalue\n";
        await using var stream = new RedactingStream(new TrickleStream(Encoding.UTF8.GetBytes(text), 7));

        var result = await new StreamReader(stream).ReadToEndAsync();

        Assert.DoesNotContain("verysecretvalue", result);
        Assert.Equal(1, stream.Redactions);
        Assert.Equal(text.Length - "verysecretvalue".Length + Redactor.Mask.Length, result.Length);
    }

    [Fact]
    public async Task RedactingStream_HugeSingleLineJson_IsCutAtDelimitersAndRedacted()
    {
        var json = "{\"data\":[" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"\"v{i}\"")) + "],\"token\":\"tok-secret-1\"}";
        await using var stream = new RedactingStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var result = await new StreamReader(stream).ReadToEndAsync();

        Assert.DoesNotContain("tok-secret-1", result);
        Assert.Equal(json.Replace("tok-secret-1", Redactor.Mask, StringComparison.Ordinal), result);
    }

    [Fact]
    public async Task RedactingStream_NonAsciiCleanLinesBeforeASecret_PassThroughByteExact()
    {
        var clean = string.Concat(Enumerable.Range(0, 3000).Select(i => $"2025-02-09T10:00:00Z INFO café №{i} – ok ✓\n"));
        var text = clean + "2025-02-09T10:00:01Z WARN naïve retry with password=hunter2 ✓\n" + clean;
        await using var stream = new RedactingStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        var result = await new StreamReader(stream).ReadToEndAsync();

        Assert.Equal(text.Replace("hunter2", Redactor.Mask, StringComparison.Ordinal), result);
    }

    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
