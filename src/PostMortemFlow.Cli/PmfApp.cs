using System.CommandLine;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Cli;

/// <summary>The <c>pmf</c> command line, callable in-process so tests see exit codes and output.</summary>
public static class PmfApp
{
    public const int Ok = 0;
    public const int ErrorsFound = 1;
    public const int BadUsage = 2;

    /// <param name="http">How <c>pmf import</c> reaches the server; the network when null.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, HttpMessageHandler? http = null)
    {
        var root = new RootCommand("pmf: lint, render, start and import blameless post-mortems written in Markdown, HTML or Word")
        {
            Lint(stdout, stderr),
            Render(stderr),
            New(stdout),
            Import(http, stdout, stderr),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"pmf: {error.Message}");
            }
            stderr.WriteLine("usage: pmf lint FILE|DIR [--format text|json] [--profile auto|standard|substance] | pmf render FILE.md [--html OUT.html] [--md OUT.md] | pmf new \"Title\" | pmf import PATH... --server URL [--dry-run] [--restricted [--people A,B] [--groups G]]");
            return BadUsage;
        }
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command Lint(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("PATH") { Description = "A post-mortem (.md, .markdown, .html, .htm, .docx), or a folder of them." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var profile = new Option<string>("--profile")
        {
            Description = "auto (the template's house style for documents in the standard template, substance only for others), standard or substance.",
            DefaultValueFactory = _ => "auto",
        };
        profile.AcceptOnlyFromAmong("auto", "standard", "substance");
        var command = new Command("lint", "Check post-mortems against the method's rules and validation checklist.") { file, format, profile };
        command.SetAction(r => LintCommand.Run(r.GetValue(file)!, r.GetValue(format) == "json", r.GetValue(profile) switch
        {
            "standard" => LintProfile.Standard,
            "substance" => LintProfile.Substance,
            _ => null,
        }, stdout, stderr));
        return command;
    }

    private static Command Render(TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The post-mortem (.md, .markdown, .html, .htm, .docx)." };
        var html = new Option<string?>("--html") { Description = "Write a printable HTML report here." };
        var md = new Option<string?>("--md") { Description = "Write the normalised Markdown here." };
        var command = new Command("render", "Render a post-mortem as printable HTML and/or normalised Markdown.") { file, html, md };
        command.SetAction(r => RenderCommand.Run(r.GetValue(file)!, r.GetValue(html), r.GetValue(md), stderr));
        return command;
    }

    private static Command Import(HttpMessageHandler? http, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Post-mortem files, or folders of them (read recursively).", Arity = ArgumentArity.OneOrMore };
        var server = new Option<string>("--server") { Description = "The PostMortemFlow server, e.g. http://localhost:5000.", Required = true };
        server.Validators.Add(r =>
        {
            if (!Uri.TryCreate(r.GetValueOrDefault<string>(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                r.AddError("--server is the server's address, e.g. http://localhost:5000");
            }
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show what would be read from each file; change nothing." };
        var restricted = new Option<bool>("--restricted") { Description = "Only their people and the named people and groups may see the imports." };
        var people = new Option<string[]>("--people") { Description = "Sign-in names or e-mail addresses, with --restricted.", AllowMultipleArgumentsPerToken = true };
        var groups = new Option<string[]>("--groups") { Description = "Entra group object ids, with --restricted.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("import", "Import post-mortems written before into a server's library, as read-only historical post-mortems.")
        {
            paths, server, dryRun, restricted, people, groups,
        };
        command.SetAction(r => ImportCommand.Run(new ImportCommand.Request(r.GetValue(paths)!, new Uri(r.GetValue(server)!), r.GetValue(dryRun), r.GetValue(restricted),
            Names(r.GetValue(people)), Names(r.GetValue(groups))), http, stdout, stderr));
        return command;
    }

    private static string[] Names(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static Command New(TextWriter stdout)
    {
        var title = new Argument<string>("TITLE") { Description = "What happened, e.g. \"API degradation\"." };
        var command = new Command("new", "Print a post-mortem skeleton in the report template.") { title };
        command.SetAction(r => NewCommand.Run(r.GetValue(title)!, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), stdout));
        return command;
    }
}
