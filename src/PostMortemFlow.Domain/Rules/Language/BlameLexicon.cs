namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// The words of blame, as regular-expression fragments (matched case-insensitively). Small on purpose: every
/// entry must read as blame when a person is its subject and as harmless when a system is.
/// </summary>
internal static class BlameLexicon
{
    /// <summary>Determiners that turn a role noun into a person: "the engineer", "our junior engineer".</summary>
    public const string RoleDeterminers = "the|a|an|our|their|your|one|another|that|this|some|any|my|his|her|every";

    /// <summary>Words that cannot stand between a determiner and a role noun ("a deploy by engineers" has no role).</summary>
    public const string NotModifiers =
        "by|of|to|for|from|with|and|or|but|was|were|is|are|be|been|had|has|have|did|does|not|no|in|on|at|as|that|which|"
        + "who|when|the|a|an|this|these|those|it|its|than|then|so|if|all";

    public const string RoleNouns =
        "engineers?|developers?|devs?|operators?|dbas?|sres?|admins?|administrators?|sysadmins?|interns?|contractors?|"
        + "new\\s+hires?|hires?|release\\s+managers?|managers?|reviewers?|responders?|on-?callers?|on-?calls?|"
        + "team\\s+leads?|programmers?|coders?|employees?|persons?|people|humans?|teammates?|colleagues?|staffers?|"
        + "authors?|approvers?|committers?|submitters?|assignees?|maintainers?|owners?|incident\\s+commanders?|"
        + "sysops?|oncallers?|humans?\\s+operators?";

    /// <summary>A team as the one that acts: "the payments team", "our on-call team", "Team Atlas".</summary>
    public const string Team =
        "\\b(?:the|our|their|that|this|your|another)\\s+(?:(?![\\w-]*ed\\s)(?>[\\w-]+)\\s+){0,2}?(?:team|squad|crew|department)(?![\\w-])(?!\\s+leads?\\b)"
        + "|(?-i:\\bTeam\\s+\\p{Lu}\\p{Ll}+)";

    /// <summary>What a person's own ("Kim's fault", "Omar's typo") can only be a judgement of them.</summary>
    public const string OwnedFailure =
        "fault|mistakes?|typos?|errors?(?!\\s+(?:rates?|budgets?|messages?|codes?|counts?|logs?|handling|pages?))|blunders?|"
        + "oversights?|negligence|carelessness|neglect|incompetence|doing|screw-?ups?|slip-?ups?|"
        + "(?:failure|refusal)\\s+to\\s+\\w+|(?:decision|choice)\\s+to\\s+(?:skip|ignore|bypass|override|disable|delay)\\w*";

    /// <summary>Failure constructs that only a person can be the subject of; safe after an unresolved "they".</summary>
    public const string PersonalFailure =
        "should(?:'ve|’ve|\\s+have)\\s+been\\s+more\\s+(?:careful|attentive|diligent|thorough|vigilant|cautious)|"
        + "(?:blew|blown)\\s+it\\b|slept\\s+through\\b|sat\\s+on\\s+(?:the|a|an|it|that)\\b|"
        + "(?:forgot(?:ten)?|forgets)\\b(?:\\s+to\\s+\\w+)?|neglect(?:ed|s)?\\b(?:\\s+to\\s+\\w+)?|overlook(?:ed|s)?|"
        + "(?:mess|screw)(?:ed|es|s)?\\s+up|botch(?:ed|es)?|fumbled|bungled|"
        + "mis(?:typed|read|judged|handled|understood|interpreted|remembered|clicked)|"
        + "made\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:mistake|error|typo|blunder)|dropped\\s+the\\s+ball|"
        + "should(?:'ve|’ve|\\s+have)\\s+(?:known|caught|noticed|checked|tested|seen|realized|realised|asked|read|"
        + "reviewed|verified|waited|escalated|spotted|double-checked)|"
        + "(?:accidentally|mistakenly|inadvertently|unintentionally|wrongly|incorrectly|erroneously)\\s+\\w+|"
        + "\\w+\\b[^;:,.!?\"]{0,50}?\\bby\\s+(?:mistake|accident)|"
        + "fail(?:ed|s)?\\s+to\\s+(?:notice|check|test|read|follow|verify|review|escalate|communicate|inform|tell|ask|"
        + "double-check|pay\\s+attention|realize|realise|consider|catch|look|acknowledge|document|validate|confirm|warn|"
        + "heed|spot|think)\\w*|"
        + "(?:did\\s+not|didn['’]t|never)\\s+bother(?:ed)?\\b|"
        + "(?:is|was|are|were)\\s+(?:solely\\s+|directly\\s+|fully\\s+|entirely\\s+|partly\\s+)?responsible\\s+for\\s+"
        + "(?:the|this|that|our|a|an|all)\\s+(?:[\\w-]+\\s+)?" + DamageNouns;

    /// <summary>What went wrong, as the object of "responsible for the …".</summary>
    public const string DamageNouns =
        "(?:outages?|incidents?|failures?|breakages?|downtime|problems?|issues?|mistakes?|errors?|loss|damage|"
        + "regressions?|corruption|bugs?|mess|disruption|lost\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\b";

    /// <summary>A verb's past participle, as "should have …" takes it ("should have known", "should have tested").</summary>
    public const string PastParticiple =
        "(?:been|known|seen|done|caught|gone|taken|thought|run|written|made|kept|read|built|sent|left|told|asked|come|become|"
        + "got|gotten|had|put|set|let|brought|held|given|shown|chosen|(?!(?:mattered|affected|impacted)\\b)[a-z]+ed)\\b";

    /// <summary>Slips a person owns, whether others name them or they name themselves ("we failed", "I was hasty").</summary>
    public const string Slips =
        "should(?:'ve|’ve|\\s+have)\\s+(?!(?:been|had)\\b)" + PastParticiple + "|"
        + "caused\\b|failed\\b(?!\\s+to\\b)|"
        + "(?:deleted|dropped|removed|wiped|truncated|overwrote|destroyed)\\s+(?:the\\s+|a\\s+|our\\s+|all\\s+)?(?:prod|production|live)\\b|"
        + "(?:was|were)\\s+(?:too\\s+|so\\s+)?(?:hasty|rushed|sloppy|careless)\\b|"
        + "(?:pushed|deployed|shipped|rolled\\s+out|made|applied|released|merged)\\b[^.;:!?]{0,60}?\\band\\s+(?:\\w+ly\\s+)?"
        + "(?:began|started)\\s+(?:rejecting|serving|failing|dropping|returning|breaking|deleting)\\b";

    /// <summary>What "we" or "I" can only have failed to do as people: self-blame ("we did not test the migration").</summary>
    public const string SelfFailure =
        PersonalFailure + "|"
        + "(?:did\\s+not|didn['’]t|never)\\s+(?:\\w+ly\\s+)?(?:bother(?:ed)?\\s+to\\s+)?(?:check|test|verif(?:y|ied)|catch|realiz|realis|"
        + "notice|read|review|validate|confirm|communicate|inform|tell|ask|follow|double-check|consider|anticipate|try|tried|"
        + "update|assign|block|escalat|notif|announc|wait|"
        + "think\\s+(?:about|of|to))\\w*|(?:were|was)\\s+(?:too\\s+|very\\s+|quite\\s+|far\\s+too\\s+)?slow\\s+to\\s+\\w+|"
        + Slips + "|"
        + "miss(?:ed)?\\s+(?!out\\b)\\w+|br(?:oke|eaks)\\b";

    /// <summary>Failure constructs that blame a person subject but are neutral with a system subject.</summary>
    public const string Failure =
        PersonalFailure + "|"
        + "caus(?:ed|es)\\b|br(?:oke|eaks|oken)\\b|fail(?:ed|s)?\\s+to\\s+\\w+|miss(?:ed|es)\\b|ignor(?:ed|es)\\b|"
        + "skip(?:ped|s)\\b|misconfigured|(?:took|brought|knocked)\\s+(?:(?!down\\b)[\\w-]+\\s+){0,3}?down\\b|wiped|corrupted|crashed|"
        + Slips + "|"
        + "(?:did\\s+not|didn['’]t|never)\\s+(?:bother(?:ed)?\\s+to\\s+)?" + Omissions + "|"
        + "(?:push|pushed|deployed|shipped|merged|ran|applied|used|picked|chose|selected|restarted|deleted|edited|changed|"
        + "rebooted|killed|promoted|typed|entered|made|published|released|cut)\\s+(?:the|a|an)\\s+(?:same\\s+)?(?:wrong|bad|"
        + "faulty|broken|buggy|untested|incorrect)\\b|"
        + "(?:truncated|dropped|deleted|wiped|purged|destroyed|overwrote)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}"
        + "(?:tables?|schemas?|databases?|namespaces?|buckets?|volumes?|indexe?s?|clusters?|data|records|rows)\\b|"
        + "[a-z]+(?:ed|t)\\b[^.;:!?]{0,60}?\\b(?:without\\s+(?:ever\\s+|first\\s+|even\\s+)?(?:(?!finding|seeing|success|having|being)\\w+ing|a\\s+review|review|approval|testing)|"
        + "instead\\s+of\\s+(?:\\w+ing|the\\s+canary|staging))\\b|"
        + "[a-z]+ed\\b[^.;:!?]{0,100}?\\bbut\\s+(?:then\\s+)?(?:skipped|forgot|neglected|missed|ignored|never)\\b|"
        + "[a-z]+ed\\s+(?:the|a|an)\\s+wrong\\b|"
        + "(?:was|were)(?:n['’]t|\\s+not)\\s+(?:fully\\s+|completely\\s+|really\\s+)?(?:aware|familiar)\\b|"
        + "should(?:n['’]t|\\s+not|\\s+never)\\s+have\\s+(?!(?:been|affected|impacted|mattered|happened|caused|had)\\b)[a-z]+(?:ed|en|wn)?\\b|"
        + "(?:introduced|caused)\\s+(?:a|an|the|this|that)\\s+(?:\\w+\\s+)?(?:regression|outage|incident|bug|breakage)\\b|"
        + "(?:push|deploy|merg|ship|appl|roll|releas|introduc|commit|add|chang|set|made|mak)\\w*\\b[^.;:!?]{0,60}?\\b(?:that|which)\\s+"
        + "(?:then\\s+|promptly\\s+|immediately\\s+)?(?:broke|caused|took\\s+down|brought\\s+down|knocked|sent|deleted|wiped|corrupted|"
        + "crashed|melted|emptied|blocked|disabled|exhausted|overloaded|rewrote)\\b|"
        + "disappeared\\b|vanished\\b|went\\s+(?:missing|AWOL|dark|silent)\\b|"
        + "(?:did\\s+not|didn['’]t)\\s+(?!(?:have|know|see|get|receive|need|want|exist|expect|realize|realise|find|hear|"
        + "understand|mean|intend|own|require|happen|work|apply|affect|seem|appear|matter|cause|show|occur|change|say|"
        + "reach|return|trigger|fire|contain|include|recognize|recognise|remember|think|believe|feel|anticipate|"
        + "foresee|consider|make|take)\\b)[a-z]+\\b|"
        + "never\\s+(?:bothered\\s+to\\s+)?(?:tested|checked|verified|reviewed|ran|read|followed|updated|looked|asked|"
        + "told|escalated|responded|replied|acknowledged|fixed|merged|deployed|documented|finished|completed|"
        + "followed\\s+up|showed\\s+up)\\b";

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
        + "probably|likely|unfortunately|still|already|had|has|have|was|were|is|are|must\\s+have|might\\s+have|managed\\s+to|['’]ve|['’]d|on[- ]call|alone|himself|herself|"
        + "themselves|myself|ourselves|too|both|all|\\w{3,}ly(?<!\\bonly))\\b)*"
        + "(?:[\\s,]+(?:who|that)(?:\\s+[\\w'’@-]+){0,5}?"
        + "|[\\s,]+the\\s+(?:one|person)\\s+(?:who|that)"
        + "|[\\s,]+(?:performing|creating|running|making|doing|planning|deploying|writing|merging|handling|reviewing|"
        + "approving|executing|applying)(?:\\s+[\\w'’@#-]+){1,4}?"
        + "|[\\s,]+(?:on|from|in|at|of|with)(?:\\s+[\\w'’@-]+){1,3}?)?"
        + "[\\s,]+";

    /// <summary>
    /// Judgements a fragment opens with, its subject left out as lists of what went wrong write them ("Did not disable
    /// the pipeline", "Missed a semicolon in the rule file", "Better check the whole config twice").
    /// </summary>
    public const string OpeningJudgement =
        "\\G\\W*(?:better\\s+(?:read|check|test|verify|analy[sz]e|review|double-check)\\b|(?:did\\s+not|didn['’]t|forgot|neglected|overlooked|ignored)\\s+(?:to\\s+)?\\w+|missed\\s+(?:a|an|the)\\s+\\w+|not\\s+(?:double[- ]?)?(?:checking|testing|verifying|reading|following|reviewing)\\b|"
        + "(?:accidentally|unintentionally|inadvertently|mistakenly)\\s+\\w+ed\\b|"
        + "\\w+ing\\b[^.;:]{0,60}?\\bwithout\\s+(?:first\\s+)?(?!finding|seeing|success|having|being|waiting|any)\\w+ing\\b)";

    /// <summary>A judgement preceded (within a few words) by one of these is denied, not made.</summary>
    public const string Negation = "(?:\\b(?:no\\s+one|nobody|not|no|never|without|nor|neither)|n['’]t)\\b";
}
