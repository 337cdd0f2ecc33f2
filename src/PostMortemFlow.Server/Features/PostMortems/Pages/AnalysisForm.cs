using System.Globalization;
using System.Numerics;
using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// The analysis as a form: every list shows its items plus one blank slot to add to; blank items are dropped on save.
/// <see cref="ToDraft"/> also maps each lint field path ("analysis.factors[1].whys[2]") to the input that holds it.
/// </summary>
public sealed class AnalysisForm
{
    public const int MaxWhys = 5;
    public const string Prefix = "Form";

    public string? Summary { get; set; }
    public string? ImpactDescription { get; set; }
    public string? FailedRequests { get; set; }
    public string? CustomersAffected { get; set; }
    public string? RevenueImpact { get; set; }
    public string? Currency { get; set; }
    public string? RootCause { get; set; }
    public List<string?> ImmediateCauses { get; set; } = [];
    public List<FactorForm> Factors { get; set; } = [];
    public List<string?> SystemicIssues { get; set; } = [];
    public List<ActionItemForm> ActionItems { get; set; } = [];
    public List<string?> WhatWentWell { get; set; } = [];
    public List<string?> LessonsLearned { get; set; } = [];

    /// <param name="addWhyTo">The factor that gets one more blank "why" slot (the "add a why" button).</param>
    public static AnalysisForm From(PostMortem pm, int? addWhyTo = null)
    {
        List<string?> WithSlot(IEnumerable<string> items) => [.. items, ""];
        var factors = pm.Analysis.Factors.Select((f, i) => new FactorForm
        {
            Description = f.Description,
            Category = f.Category,
            Whys = f.Whys.Count == 0 || (i == addWhyTo && f.Whys.Count < MaxWhys) ? [.. f.Whys, ""] : [.. f.Whys],
        }).ToList();
        factors.Add(new FactorForm { Whys = [""] });
        return new AnalysisForm
        {
            Summary = pm.Summary,
            ImpactDescription = pm.Impact.Description,
            FailedRequests = pm.Impact.FailedRequests?.ToString(CultureInfo.InvariantCulture),
            CustomersAffected = pm.Impact.CustomersAffected?.ToString(CultureInfo.InvariantCulture),
            RevenueImpact = pm.Impact.EstimatedRevenueImpact?.ToString(CultureInfo.InvariantCulture),
            Currency = pm.Impact.Currency,
            RootCause = pm.RootCause,
            ImmediateCauses = WithSlot(pm.Analysis.ImmediateCauses),
            Factors = factors,
            SystemicIssues = WithSlot(pm.Analysis.SystemicIssues),
            ActionItems =
            [
                .. pm.ActionItems.Select(a => new ActionItemForm
                {
                    Id = a.Id, Action = a.Action, Owner = a.Owner, Deadline = a.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Priority = a.Priority, Category = a.Category, Status = a.Status, TrackerLink = a.TrackerLink,
                }),
                new ActionItemForm(),
            ],
            WhatWentWell = WithSlot(pm.WhatWentWell),
            LessonsLearned = WithSlot(pm.LessonsLearned),
        };
    }

    public static string Name(string path) => $"{Prefix}.{path}";

    public static string InputId(string path) => UtcText.InputId(Name(path));

    /// <summary>The draft to send, the lint-path → input-id map, and the fields that could not be read (by input name).</summary>
    public (AnalysisDraft Draft, Dictionary<string, string> Inputs, Dictionary<string, string> Problems) ToDraft()
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary"] = InputId(nameof(Summary)),
            ["impact"] = InputId(nameof(ImpactDescription)),
            ["impact.description"] = InputId(nameof(ImpactDescription)),
            ["rootCause"] = InputId(nameof(RootCause)),
            ["analysis"] = "factors",
            ["analysis.factors"] = "factors",
            ["analysis.immediateCauses"] = InputId($"{nameof(ImmediateCauses)}[0]"),
            ["analysis.systemicIssues"] = InputId($"{nameof(SystemicIssues)}[0]"),
            ["actionItems"] = "action-items",
            ["whatWentWell"] = InputId($"{nameof(WhatWentWell)}[0]"),
            ["lessonsLearned"] = InputId($"{nameof(LessonsLearned)}[0]"),
        };
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);

        ImmutableList<string> Texts(List<string?> items, string property, string path)
        {
            var kept = ImmutableList.CreateBuilder<string>();
            for (var i = 0; i < items.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(items[i]))
                {
                    inputs[$"{path}[{kept.Count}]"] = InputId($"{property}[{i}]");
                    kept.Add(items[i]!.Trim());
                }
            }
            return kept.ToImmutable();
        }

        T? Number<T>(string? text, string property) where T : struct, INumber<T>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (T.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= T.Zero)
            {
                return value;
            }
            problems[Name(property)] = "Write a number, e.g. 1200.";
            return null;
        }

        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        for (var i = 0; i < Factors.Count; i++)
        {
            var f = Factors[i];
            var whys = f.Whys.Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
            if (string.IsNullOrWhiteSpace(f.Description) && whys.Count == 0)
            {
                continue;
            }
            var path = $"analysis.factors[{factors.Count}]";
            inputs[path] = InputId($"{nameof(Factors)}[{i}].Description");
            inputs[$"{path}.description"] = InputId($"{nameof(Factors)}[{i}].Description");
            inputs[$"{path}.whys"] = InputId($"{nameof(Factors)}[{i}].Whys[0]");
            var kept = ImmutableList.CreateBuilder<string>();
            for (var j = 0; j < f.Whys.Count; j++)
            {
                if (!string.IsNullOrWhiteSpace(f.Whys[j]))
                {
                    inputs[$"{path}.whys[{kept.Count}]"] = InputId($"{nameof(Factors)}[{i}].Whys[{j}]");
                    kept.Add(f.Whys[j]!.Trim());
                }
            }
            factors.Add(new ContributingFactor { Description = f.Description?.Trim() ?? "", Category = f.Category, Whys = kept.ToImmutable() });
        }

        var items = ImmutableList.CreateBuilder<ActionItem>();
        var usedIds = ActionItems.Select(a => a.Id).Where(id => !string.IsNullOrWhiteSpace(id)).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        for (var i = 0; i < ActionItems.Count; i++)
        {
            var a = ActionItems[i];
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
            DateOnly? deadline = null;
            if (!string.IsNullOrWhiteSpace(a.Deadline))
            {
                if (DateOnly.TryParseExact(a.Deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    deadline = d;
                }
                else
                {
                    problems[Name($"{nameof(ActionItems)}[{i}].Deadline")] = "Write the deadline as YYYY-MM-DD.";
                }
            }
            var row = $"{nameof(ActionItems)}[{i}]";
            inputs[$"actionItems[{id}]"] = InputId($"{row}.Action");
            inputs[$"actionItems[{id}].action"] = InputId($"{row}.Action");
            inputs[$"actionItems[{id}].owner"] = InputId($"{row}.Owner");
            inputs[$"actionItems[{id}].deadline"] = InputId($"{row}.Deadline");
            inputs[$"actionItems[{id}].priority"] = InputId($"{row}.Priority");
            items.Add(new ActionItem
            {
                Id = id, Action = a.Action?.Trim() ?? "", Owner = string.IsNullOrWhiteSpace(a.Owner) ? null : a.Owner.Trim(),
                Deadline = deadline, Priority = a.Priority, Category = a.Category, Status = a.Status,
                TrackerLink = string.IsNullOrWhiteSpace(a.TrackerLink) ? null : a.TrackerLink,
            });
        }

        var draft = new AnalysisDraft
        {
            Summary = Summary?.Trim() ?? "",
            Impact = new Impact
            {
                Description = ImpactDescription?.Trim() ?? "",
                FailedRequests = Number<long>(FailedRequests, nameof(FailedRequests)),
                CustomersAffected = Number<long>(CustomersAffected, nameof(CustomersAffected)),
                EstimatedRevenueImpact = Number<decimal>(RevenueImpact, nameof(RevenueImpact)),
                Currency = string.IsNullOrWhiteSpace(Currency) ? "USD" : Currency.Trim().ToUpperInvariant(),
            },
            RootCause = RootCause?.Trim() ?? "",
            Analysis = new Analysis
            {
                ImmediateCauses = Texts(ImmediateCauses, nameof(ImmediateCauses), "analysis.immediateCauses"),
                Factors = factors.ToImmutable(),
                SystemicIssues = Texts(SystemicIssues, nameof(SystemicIssues), "analysis.systemicIssues"),
            },
            ActionItems = items.ToImmutable(),
            WhatWentWell = Texts(WhatWentWell, nameof(WhatWentWell), "whatWentWell"),
            LessonsLearned = Texts(LessonsLearned, nameof(LessonsLearned), "lessonsLearned"),
        };
        return (draft, inputs, problems);
    }

    /// <summary>Every free-text input by id with its current text, for one-click rewrites.</summary>
    public Dictionary<string, string> TextsById()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string property, string? text) => texts[InputId(property)] = text ?? "";
        Add(nameof(Summary), Summary);
        Add(nameof(ImpactDescription), ImpactDescription);
        Add(nameof(RootCause), RootCause);
        void AddAll(List<string?> items, string property)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Add($"{property}[{i}]", items[i]);
            }
        }
        AddAll(ImmediateCauses, nameof(ImmediateCauses));
        AddAll(SystemicIssues, nameof(SystemicIssues));
        AddAll(WhatWentWell, nameof(WhatWentWell));
        AddAll(LessonsLearned, nameof(LessonsLearned));
        for (var i = 0; i < Factors.Count; i++)
        {
            Add($"{nameof(Factors)}[{i}].Description", Factors[i].Description);
            AddAll(Factors[i].Whys, $"{nameof(Factors)}[{i}].Whys");
        }
        for (var i = 0; i < ActionItems.Count; i++)
        {
            Add($"{nameof(ActionItems)}[{i}].Action", ActionItems[i].Action);
        }
        return texts;
    }
}
