namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>The words that make an action item checkable or not, as regular-expression fragments.</summary>
internal static class ActionItemLexicon
{
    /// <summary>Leading filler that says nothing about the deliverable: "we should", "please".</summary>
    public const string Preamble = "(?:(?:we|team|you|someone)\\s+)?(?:should|must|need\\s+to|needs\\s+to|will|to|please|let's)\\s+";

    /// <summary>Verbs with no finish line; they pass only with a number, an identifier or a named deliverable.</summary>
    public const string WeakVerbs =
        "improve|investigate|look\\s+(?:into|at)|review|revisit|consider|think\\s+(?:about|through)|ensure|make\\s+sure|"
        + "make|be|try|explore|evaluate|discuss|monitor|follow[\\s-]up|keep|harden|strengthen|optimi[sz]e|"
        + "stabili[sz]e|clean\\s+up|educate|increase|reduce|minimi[sz]e|maximi[sz]e|work\\s+on|double-check|take|"
        + "assess|analy[sz]e|understand|research|check|refine|rethink|revise|enhance|address|handle|fix|tighten|"
        + "streamline|prioriti[sz]e|continue|remember|avoid|prevent|communicate|train|encourage|start|get|do|"
        + "refactor|rework|revamp|overhaul|redesign|moderni[sz]e|brainstorm|"
        + "(?:have|hold|schedule|set\\s+up)\\s+(?:a\\s+|an\\s+)?(?:discussion|conversation|chat|meeting|talk|sync|session)s?|"
        + "talk\\s+(?:to|with|about)|sync\\s+(?:with|on|up)|align\\s+(?:with|on)|"
        + "more|better|further|greater|proper|stronger|smarter|increased|improved|additional";

    /// <summary>Objects too abstract to check: "add monitoring", "update the documentation".</summary>
    public const string AbstractObjects =
        "monitoring|alerting|alerts|alarms|testing|tests|logging|logs|metrics|observability|visibility|process|"
        + "processes|procedures?|documentation|docs|resilience|robustness|reliability|stability|redundancy|safeguards|"
        + "guardrails|checks|retries|validation|coverage|automation|tooling|strategy|strategies|awareness|training|"
        + "communication|things|stuff|it|this|that|everything|issues?|problems?|quality|performance|security|hygiene|"
        + "practices|improvements?|changes|risk|risks|approach|handling|ownership|culture|planning|capacity|"
        + "situation|care|attention|safety|controls|measures|policies|policy|runbooks?|playbooks?|wiki|dashboards?";

    /// <summary>Words that only frame the object: "for the service", "before releases".</summary>
    public const string FramingWords =
        "the|a|an|our|its|their|all|any|some|every|each|for|of|in|on|to|with|and|or|around|about|before|after|during|"
        + "service|services|system|systems|team|teams|release|releases|deploy|deploys|deployments?|production|prod|"
        + "incidents?|future|going|forward|again|where|possible|needed|necessary|as|this|these|those|such|more|"
        + "better|general|overall|across|board|whole|new|existing|current|relevant|appropriate";

    /// <summary>Softeners right after a concrete verb that leave the object open: "add more tests".</summary>
    public const string VagueMarkers = "more|better|some|additional|extra|proper|further|any|sufficient|adequate|enough";
}
