using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A heading's meaning from its words, at any level, in the singular or plural and with the synonyms teams use:
/// "Timeline of events", "Root Causes", "Trigger", "Corrective actions", "What we're doing to fix this",
/// "Where we got lucky". The first pattern that matches wins, so "Action items from the root cause" is action items.
/// </summary>
internal static partial class SectionMeanings
{
    private static readonly (SectionMeaning Meaning, Regex Pattern)[] Patterns =
    [
        (SectionMeaning.Timeline, Timeline()),
        (SectionMeaning.ActionItems, ActionItems()),
        (SectionMeaning.Whys, Whys()),
        (SectionMeaning.Factors, Factors()),
        (SectionMeaning.WhatWentWell, WentWell()),
        (SectionMeaning.Lessons, Lessons()),
        (SectionMeaning.RootCause, RootCause()),
        (SectionMeaning.Detection, Detection()),
        (SectionMeaning.Resolution, Resolution()),
        (SectionMeaning.Impact, Impact()),
        (SectionMeaning.Summary, Summary()),
        (SectionMeaning.Narrative, Narrative()),
        (SectionMeaning.Severity, Severity()),
        (SectionMeaning.Date, Date()),
    ];

    public static SectionMeaning Of(string heading)
    {
        var text = Clean().Replace(Footnote().Replace(Shortcode().Replace(heading, ""), ""), " ").Trim();
        foreach (var (meaning, pattern) in Patterns)
        {
            if (pattern.IsMatch(text))
            {
                return meaning;
            }
        }
        return SectionMeaning.Unknown;
    }

    /// <summary>
    /// A bold label's meaning. "**Actions taken:**" in a lesson lists the measures already made, and "**DONE**: …" or
    /// "**TODO** …" is an item's status, so both are action items; as a heading ("## Action Taken") the first tells how
    /// the incident was handled.
    /// </summary>
    public static SectionMeaning OfLabel(string label)
    {
        var text = Clean().Replace(label, " ").Trim();
        if (ItemLabel().IsMatch(text))
        {
            return SectionMeaning.ActionItems;
        }
        var meaning = Of(label);
        // "**Key improvements:**" or "**Systematic prevention:**" inside a verification or a technical section describes
        // what was changed, not what is still to do.
        return meaning == SectionMeaning.ActionItems && ChangeDescription().IsMatch(text) ? SectionMeaning.Unknown : meaning;
    }

    [GeneratedRegex(@"^(?:\w+\s+)?(?:improvements|prevention)$", Options)]
    private static partial Regex ChangeDescription();

    /// <summary>A label about what is still to come: "**Follow-ups:**", "**Next steps**", "**Planned**", "**Long-term**".</summary>
    public static bool LooksAhead(string label) => AheadWords().IsMatch(label);

    [GeneratedRegex(@"\bfollow[\s-]?ups?\b|\bnext\s+steps?\b|\bplanned\b|\bto[\s-]?dos?\b|\bfuture\b|\bpreventi(?:on|ve)\b|\bpreventat?ive\b|\b(?:short|long|medium)[\s-]term\b|\baction\s*items?\b|\bremaining\b|\bopen\b|\breview\b|\blessons?\b|\bimprovements?\b", Options)]
    private static partial Regex AheadWords();

    /// <summary>"Action point: …", "**Action taken:**": a label over one item, where "Actions planned:" is over a list.</summary>
    public static bool LabelsOneItem(string label) => OneItemLabel().IsMatch(Clean().Replace(label, " ").Trim());

    [GeneratedRegex(@"^(?:actions?\s+taken|done|doing|to\s?do|wip|in\s+progress)$", Options)]
    private static partial Regex ItemLabel();

    [GeneratedRegex(@"^action\s+(?:point|item|taken)$", Options)]
    private static partial Regex OneItemLabel();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\[\d+\]\([^)\s]*\)")]
    private static partial Regex Footnote();

    // ":warning: Leadup": an emoji written as its name.
    [GeneratedRegex(@":[a-z0-9_+-]{2,30}:")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"[*_`#:]+")]
    private static partial Regex Clean();

    [GeneratedRegex(@"^(?:(?:detailed|full|incident|event|brief)\s+)?(?:time\s?line|chronology|sequence\s+of\s+events)\b|\btime\s?line\b|^lead[\s-]?up$", Options)]
    private static partial Regex Timeline();

    [GeneratedRegex(@"\baction\s*items?\b|(?<!\bcall\s+to\s+)\bactions?\b(?!\s+taken)|\bcorrective\b|\bremediations?\b|\bfollow[\s-]?ups?\b|\bnext\s+steps\b|\bto[\s-]?dos?\b|\bwhat\s+we(?:'|’)?re\s+doing\b|\bwhat\s+we\s+are\s+doing\b|\bto\s+fix\s+this\b|\bpreventi(?:on|ve)\b|\bpreventat?ive\b|^mitigations$|\bpreventing\b|\bfuture\s+works?\b|\bimprovements\b|\bmitigations?\s+(?:going\s+forward|planned)\b|\brecommendations?\b|\b(?:short|long)[\s-]term\b|\b(?:looking|going)\s+forward\b|\bwhat\s+(?:has\s+been|we(?:'|’)?ve|we\s+have)\s+done\b|\bwhat\s+we\s+will\s+do\b", Options)]
    private static partial Regex ActionItems();

    [GeneratedRegex(@"\b(?:five|5)\s+whys?\b|^whys?\b", Options)]
    private static partial Regex Whys();

    [GeneratedRegex(@"\bfactors?\b|\bfishbone\b|\bcauses\s+and\s+effects?\b", Options)]
    private static partial Regex Factors();

    [GeneratedRegex(@"\bwent\s+(?:well|right)\b|\bwhat\s+worked\b|\bthings\s+that\s+went\s+well\b", Options)]
    private static partial Regex WentWell();

    [GeneratedRegex(@"\blessons?\b|\blearn(?:ed|ings?|t)\b|\bwent\s+(?:poorly|wrong|badly)\b|\bgot\s+lucky\b|\bwhere\s+we\s+were\s+lucky\b|\btakeaways?\b|\bretrospective\b", Options)]
    private static partial Regex Lessons();

    [GeneratedRegex(@"\broot[\s-]?causes?\b|\btriggers?\b|\bhow\s+did\s+(?:this|it)\s+happen\b|\bcauses?\b|\bwhy\s+(?:did\s+)?(?:this|it)\s+happen", Options)]
    private static partial Regex RootCause();

    [GeneratedRegex(@"\bdetection\b|\bdetected\b|\bhow\s+(?:we|was\s+it)\s+(?:found|noticed|detected)\b", Options)]
    private static partial Regex Detection();

    [GeneratedRegex(@"\bresolution\b|\brecovery\b|\bmitigation\b|\bresolved\b|\bfix\b", Options)]
    private static partial Regex Resolution();

    [GeneratedRegex(@"\bimpact\b|\bcustomer\s+effect\b|\bwho\s+was\s+affected\b", Options)]
    private static partial Regex Impact();

    [GeneratedRegex(@"\bsummary\b|\boverview\b|\btl;?\s?dr\b|\babstract\b|\bbackground\b|\bdescription\b|\bintroduction\b", Options)]
    private static partial Regex Summary();

    [GeneratedRegex(@"\bwhat\s+happened\b|\bdetails?\b|\binvestigation\b|\banalysis\b|\bexplanation\b|\bincident\b$", Options)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"^severity\b|^(?:incident\s+)?(?:priority|level)$", Options)]
    private static partial Regex Severity();

    [GeneratedRegex(@"^(?:incident\s+)?dates?$|^when$", Options)]
    private static partial Regex Date();
}
