using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// The analysis as a form: every list shows its items plus one blank slot to add to; blank items are dropped on save
/// (<see cref="AnalysisFormReader"/>, which also maps each lint field path to the input that holds it).
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

    /// <summary>Puts an impact's numbers and description into the form, leaving every other field as typed.</summary>
    public void UseImpact(Impact impact)
    {
        ArgumentNullException.ThrowIfNull(impact);
        ImpactDescription = impact.Description;
        FailedRequests = impact.FailedRequests?.ToString(CultureInfo.InvariantCulture);
        CustomersAffected = impact.CustomersAffected?.ToString(CultureInfo.InvariantCulture);
    }

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
                    Id = a.Id, Action = a.Action, Owner = a.Owner, Deadline = a.Deadline is { } deadline ? UtcFormat.Date(deadline) : null,
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
    public (AnalysisDraft Draft, Dictionary<string, string> Inputs, Dictionary<string, string> Problems) ToDraft() => new AnalysisFormReader(this).Read();

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
