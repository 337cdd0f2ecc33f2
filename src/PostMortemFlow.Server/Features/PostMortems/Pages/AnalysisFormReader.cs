using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// Reads a posted <see cref="AnalysisForm"/> into the draft to send: blank slots dropped, new action items numbered,
/// numbers and dates parsed (what cannot be read is a problem on its input), and each lint field path
/// ("analysis.factors[1].whys[2]") mapped to the input that holds it, so findings land beside their words.
/// </summary>
internal sealed class AnalysisFormReader(AnalysisForm form)
{
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal)
    {
        ["summary"] = AnalysisForm.InputId(nameof(AnalysisForm.Summary)),
        ["impact"] = AnalysisForm.InputId(nameof(AnalysisForm.ImpactDescription)),
        ["impact.description"] = AnalysisForm.InputId(nameof(AnalysisForm.ImpactDescription)),
        ["rootCause"] = AnalysisForm.InputId(nameof(AnalysisForm.RootCause)),
        ["analysis"] = "factors",
        ["analysis.factors"] = "factors",
        ["analysis.immediateCauses"] = AnalysisForm.InputId($"{nameof(AnalysisForm.ImmediateCauses)}[0]"),
        ["analysis.systemicIssues"] = AnalysisForm.InputId($"{nameof(AnalysisForm.SystemicIssues)}[0]"),
        ["actionItems"] = "action-items",
        ["whatWentWell"] = AnalysisForm.InputId($"{nameof(AnalysisForm.WhatWentWell)}[0]"),
        ["lessonsLearned"] = AnalysisForm.InputId($"{nameof(AnalysisForm.LessonsLearned)}[0]"),
    };

    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    public (AnalysisDraft Draft, Dictionary<string, string> Inputs, Dictionary<string, string> Problems) Read()
    {
        var draft = new AnalysisDraft
        {
            Summary = form.Summary?.Trim() ?? "",
            Impact = new Impact
            {
                Description = form.ImpactDescription?.Trim() ?? "",
                FailedRequests = Number<long>(form.FailedRequests, nameof(AnalysisForm.FailedRequests)),
                CustomersAffected = Number<long>(form.CustomersAffected, nameof(AnalysisForm.CustomersAffected)),
                EstimatedRevenueImpact = Number<decimal>(form.RevenueImpact, nameof(AnalysisForm.RevenueImpact)),
                Currency = string.IsNullOrWhiteSpace(form.Currency) ? "USD" : form.Currency.Trim().ToUpperInvariant(),
            },
            RootCause = form.RootCause?.Trim() ?? "",
            Analysis = new Analysis
            {
                ImmediateCauses = Texts(form.ImmediateCauses, nameof(AnalysisForm.ImmediateCauses), "analysis.immediateCauses"),
                Factors = Factors(),
                SystemicIssues = Texts(form.SystemicIssues, nameof(AnalysisForm.SystemicIssues), "analysis.systemicIssues"),
            },
            ActionItems = ActionItems(),
            WhatWentWell = Texts(form.WhatWentWell, nameof(AnalysisForm.WhatWentWell), "whatWentWell"),
            LessonsLearned = Texts(form.LessonsLearned, nameof(AnalysisForm.LessonsLearned), "lessonsLearned"),
        };
        return (draft, _inputs, _problems);
    }

    /// <summary>The non-blank texts of a list, each mapped from its lint path to its input.</summary>
    private ImmutableList<string> Texts(List<string?> items, string property, string path)
    {
        var kept = ImmutableList.CreateBuilder<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(items[i]))
            {
                _inputs[$"{path}[{kept.Count}]"] = AnalysisForm.InputId($"{property}[{i}]");
                kept.Add(items[i]!.Trim());
            }
        }
        return kept.ToImmutable();
    }

    private T? Number<T>(string? text, string property) where T : struct, INumber<T>
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (T.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= T.Zero)
        {
            return value;
        }
        _problems[AnalysisForm.Name(property)] = "Write a number, e.g. 1200.";
        return null;
    }

    private ImmutableList<ContributingFactor> Factors()
    {
        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        for (var i = 0; i < form.Factors.Count; i++)
        {
            var f = form.Factors[i];
            if (string.IsNullOrWhiteSpace(f.Description) && f.Whys.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var path = $"analysis.factors[{factors.Count}]";
            var description = AnalysisForm.InputId($"{nameof(AnalysisForm.Factors)}[{i}].Description");
            _inputs[path] = description;
            _inputs[$"{path}.description"] = description;
            _inputs[$"{path}.whys"] = AnalysisForm.InputId($"{nameof(AnalysisForm.Factors)}[{i}].Whys[0]");
            var whys = Texts(f.Whys, $"{nameof(AnalysisForm.Factors)}[{i}].Whys", $"{path}.whys");
            factors.Add(new ContributingFactor { Description = f.Description?.Trim() ?? "", Category = f.Category, Whys = whys });
        }
        return factors.ToImmutable();
    }

    private ImmutableList<ActionItem> ActionItems()
    {
        var items = ImmutableList.CreateBuilder<ActionItem>();
        var usedIds = form.ActionItems.Select(a => a.Id).Where(id => !string.IsNullOrWhiteSpace(id)).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        for (var i = 0; i < form.ActionItems.Count; i++)
        {
            var a = form.ActionItems[i];
            if (string.IsNullOrWhiteSpace(a.Action) && string.IsNullOrWhiteSpace(a.Owner) && string.IsNullOrWhiteSpace(a.Deadline))
            {
                continue;
            }
            var id = a.Id?.Trim();
            if (string.IsNullOrWhiteSpace(id))
            {
                while (usedIds.Contains($"AI-{next:000}"))
                {
                    next++;
                }
                id = $"AI-{next:000}";
                usedIds.Add(id);
            }
            var row = $"{nameof(AnalysisForm.ActionItems)}[{i}]";
            foreach (var (field, input) in new[] { ("", "Action"), (".action", "Action"), (".owner", "Owner"), (".deadline", "Deadline"), (".priority", "Priority") })
            {
                _inputs[$"actionItems[{id}]{field}"] = AnalysisForm.InputId($"{row}.{input}");
            }
            items.Add(new ActionItem
            {
                Id = id, Action = a.Action?.Trim() ?? "", Owner = string.IsNullOrWhiteSpace(a.Owner) ? null : a.Owner.Trim(),
                Deadline = Deadline(a.Deadline, row), Priority = a.Priority, Category = a.Category, Status = a.Status,
                TrackerLink = string.IsNullOrWhiteSpace(a.TrackerLink) ? null : a.TrackerLink,
            });
        }
        return items.ToImmutable();
    }

    private DateOnly? Deadline(string? text, string row)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (UtcFormat.TryParseDate(text, out var deadline))
        {
            return deadline;
        }
        _problems[AnalysisForm.Name($"{row}.Deadline")] = "Write the deadline as YYYY-MM-DD.";
        return null;
    }
}
