using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Cli;

internal static class LintCommand
{
    /// <summary>The rule id parse problems are reported under, next to the method's rule ids.</summary>
    public const string ParseRule = "parse";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (InputFile.Read(path, stderr) is not { } text)
        {
            return PmfApp.BadUsage;
        }
        var doc = MarkdownReportParser.Parse(text);
        var report = PostMortemLinter.Lint(new LintContext(doc.PostMortem, LintOptions.Default, doc.SourceMap), WorkflowFacts.None);
        var findings = doc.Problems
            .Select(p => new Finding(ParseRule, FindingSeverity.Error, p.Message, Line: p.Line))
            .Concat(report.Findings)
            .OrderBy(f => f.Line ?? int.MaxValue)
            .ToArray();

        if (json)
        {
            WriteJson(findings, doc.Notes, report.Checklist, stdout);
        }
        else
        {
            WriteText(path, findings, doc.Notes, report.Checklist, stdout);
        }
        return findings.Any(f => f.Severity == FindingSeverity.Error) ? PmfApp.ErrorsFound : PmfApp.Ok;
    }

    private static void WriteText(
        string path, IReadOnlyList<Finding> findings, IReadOnlyList<ParseNote> notes, IReadOnlyList<ChecklistItem> checklist, TextWriter stdout)
    {
        foreach (var f in findings)
        {
            var where = f.Line is { } line ? $"{path}:{line}" : path;
            stdout.WriteLine($"{where}: {Name(f.Severity)} {f.Rule}: {f.Message}");
            if (!string.IsNullOrWhiteSpace(f.Suggestion))
            {
                stdout.WriteLine($"    suggestion: {f.Suggestion}");
            }
        }
        foreach (var note in notes)
        {
            stdout.WriteLine(NoteLine(path, note));
        }
        stdout.WriteLine();
        stdout.WriteLine("Validation checklist:");
        if (checklist.Count == 0)
        {
            stdout.WriteLine("  (not evaluated)");
        }
        foreach (var item in checklist)
        {
            stdout.WriteLine($"  {item.Number}. [{Name(item.Status)}] {item.Title}{(item.Reason.Length > 0 ? " — " + item.Reason : "")}");
        }
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        stdout.WriteLine();
        stdout.WriteLine($"{errors} error(s), {findings.Count - errors} warning(s)");
    }

    /// <summary>How the parser read what was written differently from the model: not a finding, nothing to fix.</summary>
    public static string NoteLine(string path, ParseNote note) => $"{path}:{note.Line}: note {ParseRule}: {note.Message}";

    private static void WriteJson(
        IReadOnlyList<Finding> findings, IReadOnlyList<ParseNote> notes, IReadOnlyList<ChecklistItem> checklist, TextWriter stdout)
    {
        var root = new JsonObject
        {
            ["findings"] = new JsonArray(findings.Select(f => (JsonNode)new JsonObject
            {
                ["rule"] = f.Rule,
                ["severity"] = Name(f.Severity),
                ["line"] = f.Line,
                ["message"] = f.Message,
                ["suggestion"] = f.Suggestion,
            }).ToArray()),
            ["notes"] = new JsonArray(notes.Select(n => (JsonNode)new JsonObject
            {
                ["line"] = n.Line,
                ["message"] = n.Message,
            }).ToArray()),
            ["checklist"] = new JsonArray(checklist.Select(c => (JsonNode)new JsonObject
            {
                ["number"] = c.Number,
                ["title"] = c.Title,
                ["status"] = Name(c.Status),
                ["reason"] = c.Reason,
            }).ToArray()),
        };
        stdout.WriteLine(root.ToJsonString(Json));
    }

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
