namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// The words of blame, as regular-expression fragments (matched case-insensitively). Small on purpose: every
/// entry must read as blame when a person is its subject and as harmless when a system is.
/// </summary>
internal static class BlameLexicon
{
    /// <summary>Determiners that turn a role noun into a person: "the engineer", "our junior engineer".</summary>
    public const string RoleDeterminers = "the|a|an|our|their|your|one|another|that|this|some|any|my|his|her|every";

    public const string RoleModifiers =
        "junior|senior|new|same|primary|secondary|on-call|oncall|responsible|overnight|night|weekend|platform|backend|"
        + "back-end|frontend|front-end|database|infra|infrastructure|staff|lead|release|deploying|human|sre|devops|ops|"
        + "support|external|other|second|first";

    public const string RoleNouns =
        "engineers?|developers?|devs?|operators?|dbas?|sres?|admins?|administrators?|sysadmins?|interns?|contractors?|"
        + "new\\s+hires?|hires?|release\\s+managers?|managers?|reviewers?|responders?|on-?callers?|on-?calls?|"
        + "team\\s+leads?|programmers?|coders?|employees?|persons?|people|humans?|teammates?|colleagues?|staffers?|"
        + "author|approver";

    /// <summary>A team as the one that acts: "the payments team", "our on-call team", "Team Atlas".</summary>
    public const string Team =
        "\\b(?:the|our|their|that|this|your|another)\\s+(?:(?![\\w-]*ed\\s)[\\w-]+\\s+){0,2}?(?:team|squad|crew|department)(?![\\w-])(?!\\s+leads?\\b)"
        + "|(?-i:\\bTeam\\s+\\p{Lu}\\p{Ll}+)";

    /// <summary>What a person's own ("Kim's fault", "Omar's typo") can only be a judgement of them.</summary>
    public const string OwnedFailure =
        "fault|mistakes?|typos?|errors?(?!\\s+(?:rates?|budgets?|messages?|codes?|counts?|logs?|handling|pages?))|blunders?|"
        + "oversights?|negligence|carelessness|neglect|incompetence|doing|screw-?ups?|slip-?ups?|"
        + "(?:failure|refusal)\\s+to\\s+\\w+|(?:decision|choice)\\s+to\\s+(?:skip|ignore|bypass|override|disable|delay)\\w*";

    /// <summary>Failure constructs that only a person can be the subject of; safe after an unresolved "they".</summary>
    public const string PersonalFailure =
        "should(?:'ve|’ve|\\s+have)\\s+been\\s+more\\s+(?:careful|attentive|diligent|thorough|vigilant|cautious)|"
        + "(?:blew|blown)\\s+it\\b|slept\\s+through\\b|"
        + "forg[oe]t(?:s|ten)?\\b(?:\\s+to\\s+\\w+)?|neglect(?:ed|s)?\\b(?:\\s+to\\s+\\w+)?|overlook(?:ed|s)?|"
        + "(?:mess|screw)(?:ed|es|s)?\\s+up|botch(?:ed|es)?|fumbled|bungled|"
        + "mis(?:typed|read|judged|handled|understood|interpreted|remembered|clicked)|"
        + "made\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:mistake|error|typo|blunder)|dropped\\s+the\\s+ball|"
        + "should(?:'ve|’ve|\\s+have)\\s+(?:known|caught|noticed|checked|tested|seen|realized|realised|asked|read|"
        + "reviewed|verified|waited|escalated|spotted|double-checked)|"
        + "(?:accidentally|mistakenly|inadvertently|unintentionally|wrongly)\\s+\\w+|"
        + "\\w+\\b[^;:,.!?\"]{0,50}?\\bby\\s+(?:mistake|accident)";

    /// <summary>Failure constructs that blame a person subject but are neutral with a system subject.</summary>
    public const string Failure =
        PersonalFailure + "|"
        + "caus(?:ed|es)\\b|br(?:oke|eaks|oken)\\b|fail(?:ed|s)?\\s+to\\s+\\w+|miss(?:ed|es)\\b|ignor(?:ed|es)\\b|"
        + "skip(?:ped|s)\\b|misconfigured|(?:took|brought|knocked)\\s+(?:(?!down\\b)[\\w-]+\\s+){0,3}?down\\b|wiped|corrupted|crashed|"
        + "should(?:'ve|’ve|\\s+have)\\s+(?!been\\b|had\\b)\\w+|"
        + "(?:did\\s+not|didn['’]t|never)\\s+(?:bother(?:ed)?\\s+to\\s+)?" + Omissions + "|"
        + "(?:pushed|deployed|shipped|merged|ran|applied|used|picked|chose|selected|restarted|deleted|edited|changed|"
        + "rebooted|killed|promoted|typed|entered)\\s+(?:the|a|an)\\s+(?:wrong|bad|faulty|broken|buggy|untested|"
        + "incorrect)\\b|"
        + "(?:was|is)\\s+responsible\\s+for\\s+(?:the|this|that)\\s+(?:outage|incident|failure|breakage|downtime|"
        + "problem|issue|mistake|error)";

    /// <summary>Steps a person can leave out; "the on-call did not have access" is not among them.</summary>
    public const string Omissions =
        "(?:check|test|follow|verif(?:y|ied)|run|ran|notice|read|update|review|escalate|validate|acknowledge|respond|"
        + "page|notif(?:y|ied)|tell|told|document|confirm|catch|caught|wait|ask|look|drain|communicate|inform|warn|"
        + "double-check|monitor|watch|report|rollback|roll\\s+back|back\\s+up)\\w*";

    /// <summary>What a person's work ("Bob's change") may be said to have done; "Alice's laptop crashed" is no blame.</summary>
    public const string PossessionFailure =
        "(?:[\\w-]+\\s+)?(?:change|commit|merge|PR|pull\\s+request|deploy|deployment|push|script|config|edit|query|"
        + "migration|patch|fix|code|command|mistake|typo|update|rollout|release|review)s?\\s+"
        + "(?:caus(?:ed|es)|br(?:oke|eaks)|(?:took|brought)\\s+down|wiped|corrupted|crashed|"
        + "triggered|led\\s+to|resulted\\s+in)\\b";

    /// <summary>Participles of the passive "the cache was broken by @alice".</summary>
    public const string PassiveFailure =
        "caused|broken|missed|forgotten|neglected|ignored|overlooked|(?:messed|screwed)\\s+up|botched|"
        + "(?:taken|brought|knocked)\\s+down|corrupted|wiped|misconfigured|skipped|mishandled|crashed|let\\s+down";

    /// <summary>Between a person and the verb: adverbs and auxiliaries, or a short relative or prepositional phrase.</summary>
    public const string Gap =
        "(?:[\\s,]+(?:also|then|later|just|simply|apparently|clearly|again|completely|totally|initially|first|finally|"
        + "probably|likely|unfortunately|still|already|had|has|have|was|were|is|are|on[- ]call|alone|himself|herself|"
        + "themselves|myself|too|both|all)\\b)*"
        + "(?:[\\s,]+(?:who|that)(?:\\s+[\\w'’@-]+){0,5}?"
        + "|[\\s,]+the\\s+(?:one|person)\\s+(?:who|that)"
        + "|[\\s,]+(?:on|from|in|at|of|with)(?:\\s+[\\w'’@-]+){1,3}?)?"
        + "[\\s,]+";

    /// <summary>Judgements of people; wrong anywhere, even in a quote, unless negated.</summary>
    public const string Judgement =
        "\\b(?:human|operator|engineer|pilot|personnel|manual)\\s+errors?\\b(?!\\s+(?:rates?|counts?|budgets?|codes?|"
        + "messages?|handling))|"
        + "\\bcareless(?:ly|ness)?\\b|\\bnegligen(?:t|ce|tly)\\b|\\bslopp(?:y|ily|iness)\\b|"
        + "\\bshould(?:'ve|’ve|\\s+have)\\s+known\\b|\\b(?:his|her|their|my|your|whose)\\s+fault\\b|\\bat\\s+fault\\b|"
        + "\\bfault\\s+(?:of|lies|lay|rests)\\b|\\b(?:is|was|are|were|be|been|'s|’s)\\s+(?:\\w+ly\\s+|also\\s+)?to\\s+blame\\b|"
        + "\\bblame\\s+(?:for\\s+(?:[\\w'’-]+\\s+){1,4}?)?(?:lies|lay|rests|falls|fell|goes)\\s+(?:with|on)\\b|\\b(?:put|place[ds]?|puts)\\s+the\\s+blame\\b|"
        + "\\bdropped\\s+the\\s+ball\\b|\\bincompeten(?:t|ce|tly)\\b|"
        + "\\blazy\\b(?![\\s-]+(?:load|loading|loaded|init|initiali[sz]ation|evaluation|eval|val|property|import))|"
        + "\\blaziness\\b|\\breckless(?:ly|ness)?\\b|\\birresponsibl[ey]\\b|\\bstupid(?:ity)?\\b|\\bidiot(?:ic|s)?\\b|"
        + "\\binexcusable\\b|\\basleep\\s+at\\s+the\\s+wheel\\b|\\b(?:rookie|dumb|silly|stupid)\\s+mistakes?\\b|"
        + "\\b(?:not|n['’]t)\\s+paying\\s+attention\\b";

    /// <summary>A judgement preceded (within a few words) by one of these is denied, not made.</summary>
    public const string Negation = "(?:\\b(?:no\\s+one|nobody|not|no|never|without|nor|neither)|n['’]t)\\b";
}
