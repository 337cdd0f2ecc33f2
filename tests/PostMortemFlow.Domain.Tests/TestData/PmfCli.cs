using PostMortemFlow.Cli;

namespace PostMortemFlow.Domain.Tests.TestData;

/// <summary><c>pmf</c> run in-process, with a temporary folder of its own for the files a test writes.</summary>
public sealed class PmfCli : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("pmf-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PmfApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> in <see cref="Folder"/>; its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
