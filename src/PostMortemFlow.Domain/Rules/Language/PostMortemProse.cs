using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>Every piece of free text a person wrote in a post-mortem, with its field path, in report order.</summary>
public static class PostMortemProse
{
    public static IEnumerable<ProseFragment> Fragments(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);

        var fragments = new List<ProseFragment>();
        void Add(string field, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                fragments.Add(new ProseFragment(field, text));
            }
        }

        Add("title", postMortem.Title);
        Add("summary", postMortem.Summary);
        Add("impact.description", postMortem.Impact.Description);
        Add("rootCause", postMortem.RootCause);
        for (var i = 0; i < postMortem.Timeline.Count; i++)
        {
            Add($"timeline[{i}].event", postMortem.Timeline[i].Event);
        }

        var analysis = postMortem.Analysis;
        for (var i = 0; i < analysis.ImmediateCauses.Count; i++)
        {
            Add($"analysis.immediateCauses[{i}]", analysis.ImmediateCauses[i]);
        }
        for (var i = 0; i < analysis.Factors.Count; i++)
        {
            var factor = analysis.Factors[i];
            Add($"analysis.factors[{i}].description", factor.Description);
            for (var j = 0; j < factor.Whys.Count; j++)
            {
                Add($"analysis.factors[{i}].whys[{j}]", factor.Whys[j]);
            }
        }
        for (var i = 0; i < analysis.SystemicIssues.Count; i++)
        {
            Add($"analysis.systemicIssues[{i}]", analysis.SystemicIssues[i]);
        }

        for (var i = 0; i < postMortem.ActionItems.Count; i++)
        {
            Add(ActionField(postMortem.ActionItems[i], i), postMortem.ActionItems[i].Action);
        }
        for (var i = 0; i < postMortem.WhatWentWell.Count; i++)
        {
            Add($"whatWentWell[{i}]", postMortem.WhatWentWell[i]);
        }
        for (var i = 0; i < postMortem.LessonsLearned.Count; i++)
        {
            Add($"lessonsLearned[{i}]", postMortem.LessonsLearned[i]);
        }
        for (var i = 0; i < postMortem.Accounts.Count; i++)
        {
            for (var j = 0; j < postMortem.Accounts[i].Answers.Count; j++)
            {
                Add(AccountField(i, j), postMortem.Accounts[i].Answers[j].Answer);
            }
        }
        for (var i = 0; i < postMortem.DataGaps.Count; i++)
        {
            Add($"dataGaps[{i}].reason", postMortem.DataGaps[i].Reason);
        }
        return fragments;
    }

    public const string AccountsPrefix = "accounts[";

    /// <summary>"accounts[0].answers[2]": a person's answer, which only they may change.</summary>
    public static string AccountField(int account, int answer) => $"{AccountsPrefix}{account}].answers[{answer}]";

    /// <summary>"actionItems[AI-002].action"; an item without an id is addressed by its position.</summary>
    public static string ActionField(ActionItem item, int index = -1)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.IsNullOrWhiteSpace(item.Id) && index >= 0
            ? $"actionItems[{index}].action"
            : $"actionItems[{item.Id}].action";
    }
}
