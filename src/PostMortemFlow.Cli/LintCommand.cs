using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Cli;

internal static class LintCommand
{
    /// <summary>The rule id parse problems are reported under, next to the method's rule ids.</summary>
    public const string ParseRule = SubstanceRules.Parse;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="profile">null: the standard profile for documents in the template, substance for the others.</param>
    public static int Run(string path, bool json, LintProfile? profile, TextWriter stdout, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            return RunFolder(path, json, profile, stdout, stderr);
        }
        if (DocumentLoader.Load(path, stderr) is not { } loaded)
        {
            return PmfApp.BadUsage;
        }
        var result = Lint(loaded, profile);
        if (json)
        {
            stdout.WriteLine(ToJson(result).ToJsonString(Json));
        }
        else
        {
            WriteText(result, stdout);
        }
        return result.FailsOnSubstance ? PmfApp.ErrorsFound : PmfApp.Ok;
    }

    private static int RunFolder(string folder, bool json, LintProfile? profile, TextWriter stdout, TextWriter stderr)
    {
        var files = Directory.EnumerateFiles(folder).Where(DocumentLoader.IsDocument).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            stderr.WriteLine($"pmf: no post-mortems ({string.Join(", ", DocumentLoader.Extensions)}) in {folder}");
            return PmfApp.BadUsage;
        }
        var results = new List<FileLint>();
        var unreadable = 0;
        foreach (var file in files)
        {
            if (DocumentLoader.Load(file, stderr) is { } loaded)
            {
                results.Add(Lint(loaded, profile));
            }
            else
            {
                unreadable++;
            }
        }
        if (json)
        {
            stdout.WriteLine(new JsonObject { ["files"] = new JsonArray([.. results.Select(r => (JsonNode)ToJson(r))]) }.ToJsonString(Json));
        }
        else
        {
            foreach (var result in results)
            {
                stdout.WriteLine(SummaryLine(result));
            }
            var failing = results.Count(r => r.FailsOnSubstance);
            stdout.WriteLine();
            stdout.WriteLine($"{files.Count} file(s): {failing} with errors of substance, {unreadable} unreadable");
        }
        return unreadable > 0 ? PmfApp.BadUsage : results.Any(r => r.FailsOnSubstance) ? PmfApp.ErrorsFound : PmfApp.Ok;
    }

    private static FileLint Lint(LoadedDocument loaded, LintProfile? requested)
    {
        var doc = loaded.Document;
        var profile = requested ?? (loaded.IsStandardTemplate ? LintProfile.Standard : LintProfile.Substance);
        var report = PostMortemLinter.Lint(new LintContext(doc.PostMortem, LintOptions.Default, doc.SourceMap), WorkflowFacts.None);
        var findings = SubstanceRules.For(profile, doc.Problems
                .Select(p => new Finding(ParseRule, FindingSeverity.Error, p.Message, Line: p.Line))
                .Concat(report.Findings), doc.PostMortem)
            .OrderBy(f => f.Line ?? int.MaxValue)
            .ToArray();
        // The checklist judges the whole template (publishing within 48 hours, tickets): only for documents held to it.
        var checklist = profile == LintProfile.Standard ? report.Checklist : [];
        return new FileLint(loaded, profile, findings, checklist);
    }

    private static string SummaryLine(FileLint result)
    {
        var errors = result.Findings.Count(f => f.Severity == FindingSeverity.Error);
        return $"{result.Loaded.Path}: {(result.FailsOnSubstance ? "FAIL" : "ok")} — {errors} error(s), {result.Findings.Count - errors} warning(s); "
            + $"{WhatWasRead(result.Loaded.Document)}; profile {Name(result.Profile)}";
    }

    /// <summary>"read 4 timeline row(s) (4 in UTC), 2 factor(s), 2 action item(s), 3 note(s)".</summary>
    private static string WhatWasRead(PostMortemDocument document)
    {
        var pm = document.PostMortem;
        var utc = pm.Timeline.Count(e => !e.ZoneNotStated && !e.DateNotStated);
        return $"read {pm.Timeline.Count} timeline row(s) ({utc} in UTC), {pm.Analysis.Factors.Count} factor(s), "
            + $"{pm.ActionItems.Count} action item(s), {document.Notes.Count} note(s)";
    }

    private static void WriteText(FileLint result, TextWriter stdout)
    {
        var path = result.Loaded.Path;
        foreach (var f in result.Findings)
        {
            var where = f.Line is { } line ? $"{path}:{line}" : path;
            stdout.WriteLine($"{where}: {Name(f.Severity)} {f.Rule}: {f.Message}");
            if (!string.IsNullOrWhiteSpace(f.Suggestion))
            {
                stdout.WriteLine($"    suggestion: {f.Suggestion}");
            }
        }
        foreach (var note in result.Loaded.Document.Notes)
        {
            stdout.WriteLine(NoteLine(path, note));
        }
        if (!result.Loaded.IsStandardTemplate)
        {
            stdout.WriteLine($"{path}: {WhatWasRead(result.Loaded.Document)}");
        }
        stdout.WriteLine();
        stdout.WriteLine("Validation checklist:");
        if (result.Checklist.Count == 0)
        {
            stdout.WriteLine(result.Profile == LintProfile.Standard
                ? "  (not evaluated)"
                : "  (not evaluated: the document is not in the standard template; --profile standard holds it to the template)");
        }
        foreach (var item in result.Checklist)
        {
            stdout.WriteLine($"  {item.Number}. [{Name(item.Status)}] {item.Title}{(item.Reason.Length > 0 ? " — " + item.Reason : "")}");
        }
        var errors = result.Findings.Count(f => f.Severity == FindingSeverity.Error);
        stdout.WriteLine();
        stdout.WriteLine($"{errors} error(s), {result.Findings.Count - errors} warning(s)");
    }

    /// <summary>How the parser read what was written differently from the model: not a finding, nothing to fix.</summary>
    public static string NoteLine(string path, ParseNote note) => $"{path}:{note.Line}: note {ParseRule}: {note.Message}";

    private static JsonObject ToJson(FileLint result) => new()
    {
        ["path"] = result.Loaded.Path,
        ["profile"] = Name(result.Profile),
        ["findings"] = new JsonArray([.. result.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["rule"] = f.Rule,
            ["severity"] = Name(f.Severity),
            ["line"] = f.Line,
            ["message"] = f.Message,
            ["suggestion"] = f.Suggestion,
            ["substance"] = SubstanceRules.Covers(f),
        })]),
        ["notes"] = new JsonArray([.. result.Loaded.Document.Notes.Select(n => (JsonNode)new JsonObject
        {
            ["line"] = n.Line,
            ["message"] = n.Message,
        })]),
        ["checklist"] = new JsonArray([.. result.Checklist.Select(c => (JsonNode)new JsonObject
        {
            ["number"] = c.Number,
            ["title"] = c.Title,
            ["status"] = Name(c.Status),
            ["reason"] = c.Reason,
        })]),
        ["document"] = ReadDocumentJson.From(result.Loaded.Document),
    };

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private sealed record FileLint(LoadedDocument Loaded, LintProfile Profile, IReadOnlyList<Finding> Findings, IReadOnlyList<ChecklistItem> Checklist)
    {
        /// <summary>Only errors of substance fail a run, so a folder of old post-mortems can be checked in CI.</summary>
        public bool FailsOnSubstance => Findings.Any(f => f.Severity == FindingSeverity.Error && SubstanceRules.Covers(f));
    }
}
