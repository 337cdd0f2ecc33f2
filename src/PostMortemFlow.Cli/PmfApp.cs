using System.CommandLine;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Cli;

/// <summary>The <c>pmf</c> command line, callable in-process so tests see exit codes and output.</summary>
public static class PmfApp
{
    public const int Ok = 0;
    public const int ErrorsFound = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("pmf: lint, render and start blameless post-mortems written in Markdown, HTML or Word")
        {
            Lint(stdout, stderr),
            Render(stderr),
            New(stdout),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"pmf: {error.Message}");
            }
            stderr.WriteLine("usage: pmf lint FILE|DIR [--format text|json] [--profile auto|standard|substance] | pmf render FILE.md [--html OUT.html] [--md OUT.md] | pmf new \"Title\"");
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

    private static Command New(TextWriter stdout)
    {
        var title = new Argument<string>("TITLE") { Description = "What happened, e.g. \"API degradation\"." };
        var command = new Command("new", "Print a post-mortem skeleton in the report template.") { title };
        command.SetAction(r => NewCommand.Run(r.GetValue(title)!, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), stdout));
        return command;
    }
}
