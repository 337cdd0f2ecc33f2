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

    public const string RoleModifiers =
        "junior|senior|new|same|primary|secondary|on-call|oncall|responsible|overnight|night|weekend|platform|backend|"
        + "back-end|frontend|front-end|database|infra|infrastructure|staff|lead|release|deploying|human|sre|devops|ops|"
        + "support|external|other|second|first";

    public const string RoleNouns =
        "engineers?|developers?|devs?|operators?|dbas?|sres?|admins?|administrators?|sysadmins?|interns?|contractors?|"
        + "new\\s+hires?|hires?|release\\s+managers?|managers?|reviewers?|responders?|on-?callers?|on-?calls?|"
        + "team\\s+leads?|programmers?|coders?|employees?|persons?|people|humans?|teammates?|colleagues?|staffers?|"
        + "authors?|approvers?|committers?|submitters?|assignees?|maintainers?|owners?|incident\\s+commanders?|"
        + "sysops?|oncallers?|humans?\\s+operators?";

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
        + "(?:blew|blown)\\s+it\\b|slept\\s+through\\b|sat\\s+on\\s+(?:the|a|an|it|that)\\b|"
        + "forg[oe]t(?:s|ten)?\\b(?:\\s+to\\s+\\w+)?|neglect(?:ed|s)?\\b(?:\\s+to\\s+\\w+)?|overlook(?:ed|s)?|"
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

    /// <summary>What "we" or "I" can only have failed to do as people: self-blame ("we did not test the migration").</summary>
    public const string SelfFailure =
        PersonalFailure + "|"
        + "(?:did\\s+not|didn['’]t|never)\\s+(?:\\w+ly\\s+)?(?:bother(?:ed)?\\s+to\\s+)?(?:check|test|verif(?:y|ied)|catch|realiz|realis|"
        + "notice|read|review|validate|confirm|communicate|inform|tell|ask|follow|double-check|consider|anticipate|try|tried|"
        + "think\\s+(?:about|of|to))\\w*|(?:were|was)\\s+(?:too\\s+|very\\s+|quite\\s+|far\\s+too\\s+)?slow\\s+to\\s+\\w+|"
        + "should(?:'ve|’ve|\\s+have)\\s+(?!(?:been|had|a|an|the|no|more|some|any|to|this|that|our|its|their)\\b)\\w+|"
        + "caused\\b|(?:just\\s+)?deleted\\s+(?:the\\s+|our\\s+)?(?:prod|production|live)\\b|"
        + "(?:was|were)\\s+(?:too\\s+|so\\s+)?(?:hasty|rushed|sloppy|careless)\\b|"
        + "(?:pushed|deployed|shipped|rolled\\s+out|made|applied|released|merged)\\b[^.;:!?]{0,60}?\\band\\s+(?:\\w+ly\\s+)?"
        + "(?:began|started)\\s+(?:rejecting|serving|failing|dropping|returning|breaking|deleting)\\b|"
        + "miss(?:ed)?\\s+(?!out\\b)\\w+|br(?:oke|eaks)\\b|should(?:'ve|’ve|\\s+have)\\s+done\\b";

    /// <summary>Failure constructs that blame a person subject but are neutral with a system subject.</summary>
    public const string Failure =
        PersonalFailure + "|"
        + "caus(?:ed|es)\\b|br(?:oke|eaks|oken)\\b|fail(?:ed|s)?\\s+to\\s+\\w+|miss(?:ed|es)\\b|ignor(?:ed|es)\\b|"
        + "skip(?:ped|s)\\b|misconfigured|(?:took|brought|knocked)\\s+(?:(?!down\\b)[\\w-]+\\s+){0,3}?down\\b|wiped|corrupted|crashed|"
        + "should(?:'ve|’ve|\\s+have)\\s+(?!(?:been|had|a|an|the|no|more|some|any|to|this|that|our|its|their)\\b)\\w+|"
        + "caused\\b|(?:just\\s+)?deleted\\s+(?:the\\s+|our\\s+)?(?:prod|production|live)\\b|"
        + "(?:was|were)\\s+(?:too\\s+|so\\s+)?(?:hasty|rushed|sloppy|careless)\\b|"
        + "(?:pushed|deployed|shipped|rolled\\s+out|made|applied|released|merged)\\b[^.;:!?]{0,60}?\\band\\s+(?:\\w+ly\\s+)?"
        + "(?:began|started)\\s+(?:rejecting|serving|failing|dropping|returning|breaking|deleting)\\b|"
        + "(?:did\\s+not|didn['’]t|never)\\s+(?:bother(?:ed)?\\s+to\\s+)?" + Omissions + "|"
        + "(?:pushed|deployed|shipped|merged|ran|applied|used|picked|chose|selected|restarted|deleted|edited|changed|"
        + "rebooted|killed|promoted|typed|entered)\\s+(?:the|a|an)\\s+(?:wrong|bad|faulty|broken|buggy|untested|"
        + "incorrect)\\b|"
        + "(?:deleted|dropped|removed|wiped|truncated|overwrote|destroyed)\\s+(?:the\\s+|a\\s+|our\\s+|all\\s+)?(?:prod|production|live)\\b|"
        + "(?:truncated|dropped|deleted|wiped|purged|destroyed|overwrote)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}"
        + "(?:tables?|schemas?|databases?|namespaces?|buckets?|volumes?|indexe?s?|clusters?|data|records|rows)\\b|"
        + "[a-z]+(?:ed|t)\\b[^.;:!?]{0,60}?\\b(?:without\\s+(?:ever\\s+|first\\s+|even\\s+)?(?:(?!finding|seeing|success|having|being)\\w+ing|a\\s+review|review|approval|testing)|"
        + "instead\\s+of\\s+(?:\\w+ing|the\\s+canary|staging))\\b|"
        + "[a-z]+ed\\b[^.;:!?]{0,100}?\\bbut\\s+(?:then\\s+)?(?:skipped|forgot|neglected|missed|ignored|never)\\b|"
        + "[a-z]+ed\\s+(?:the|a|an)\\s+wrong\\b|"
        + "(?:was|were)(?:n['’]t|\\s+not)\\s+(?:fully\\s+|completely\\s+|really\\s+)?(?:aware|familiar)\\b|"
        + "should(?:n['’]t|\\s+not|\\s+never)\\s+have\\s+(?!been\\b)[a-z]+(?:ed|en|wn)?\\b|"
        + "(?:introduced|caused)\\s+(?:a|an|the|this|that)\\s+(?:\\w+\\s+)?(?:regression|outage|incident|bug|breakage)\\b|"
        + "(?:made|shipped|published|released|cut|push|pushed)\\s+(?:a|an|the)\\s+(?:same\\s+)?(?:broken|bad|faulty|wrong|buggy)\\b|"
        + "(?:push|deploy|merg|ship|appl|roll|releas|introduc|commit|add|chang|set|made|mak)\\w*\\b[^.;:!?]{0,60}?\\b(?:that|which)\\s+"
        + "(?:then\\s+|promptly\\s+|immediately\\s+)?(?:broke|caused|took\\s+down|brought\\s+down|knocked|sent|deleted|wiped|corrupted|"
        + "crashed|melted|emptied|blocked|disabled|exhausted|overloaded|rewrote)\\b|"
        + "disappeared\\b|vanished\\b|went\\s+(?:missing|AWOL|dark|silent)\\b|"
        + "(?:did\\s+not|didn['’]t)\\s+(?!(?:have|know|see|get|receive|need|want|exist|expect|realize|realise|find|hear|"
        + "understand|mean|intend|own|require|happen|work|apply|affect|seem|appear|matter|cause|show|occur|change|"
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
        + "probably|likely|unfortunately|still|already|had|has|have|was|were|is|are|must\\s+have|might\\s+have|managed\\s+to|on[- ]call|alone|himself|herself|"
        + "themselves|myself|ourselves|too|both|all|\\w{3,}ly(?<!\\bonly))\\b)*"
        + "(?:[\\s,]+(?:who|that)(?:\\s+[\\w'’@-]+){0,5}?"
        + "|[\\s,]+the\\s+(?:one|person)\\s+(?:who|that)"
        + "|[\\s,]+(?:performing|creating|running|making|doing|planning|deploying|writing|merging|handling|reviewing|"
        + "approving|executing|applying)(?:\\s+[\\w'’@#-]+){1,4}?"
        + "|[\\s,]+(?:on|from|in|at|of|with)(?:\\s+[\\w'’@-]+){1,3}?)?"
        + "[\\s,]+";

    /// <summary>Judgements of people; wrong anywhere, even in a quote, unless negated.</summary>
    public const string Judgement =
        "\\b(?:human|operator|engineer|pilot|personnel|manual)\\s+errors?\\b(?!\\s+(?:rates?|counts?|budgets?|codes?|"
        + "messages?|handling))|"
        + "\\bcareless(?:ly|ness)?\\b|\\bnegligen(?:t|ce|tly)\\b|\\bslopp(?:y|ily|iness)\\b|"
        + "\\bshould(?:'ve|’ve|\\s+have)\\s+known\\b|\\b(?:his|her|their|my|your|whose)\\s+fault\\b|\\bat\\s+fault\\b|"
        + "\\bfault\\s+(?:of|lies|lay|rests)\\b(?!\\s+(?:(?:in|with)\\s+)?(?:the\\s+|our\\s+)?(?:systems?|software|platforms?|process(?:es)?|procedures?|tools?|tooling|design|code|config))|\\b(?:is|was|are|were|be|been|'s|’s)\\s+(?:\\w+ly\\s+|also\\s+)?to\\s+blame\\b|"
        + "\\bblame\\s+(?:for\\s+(?:[\\w'’-]+\\s+){1,4}?)?(?:lies|lay|rests|falls|fell|goes)\\s+(?:with|on)\\b|\\b(?:put|place[ds]?|puts)\\s+the\\s+blame\\b|"
        + "\\bdropped\\s+the\\s+ball\\b|\\bincompeten(?:t|ce|tly)\\b|"
        + "\\blazy\\b(?![\\s-]+(?:load|loading|loaded|init|initiali[sz]ation|evaluation|eval|val|property|import|db|database|lookups?|fetch\\w*|quer\\w+))|"
        + "\\blaziness\\b|\\breckless(?:ly|ness)?\\b|\\birresponsibl[ey]\\b|\\bstupid(?:ity)?\\b|\\bidiot(?:ic|s)?\\b|"
        + "\\binexcusable\\b|\\basleep\\s+at\\s+the\\s+wheel\\b|\\b(?:rookie|dumb|dumbest|silly|stupid|stupidest)\\s+(?:[\\w-]+\\s+)?mistakes?\\b|"
        + "\\b(?:not|n['’]t)\\s+paying\\s+attention\\b|"
        + "\\btook\\s+(?:us|me|him|her|them|the\\s+[\\w-]+)\\s+(?:far\\s+|way\\s+|much\\s+)?too\\s+long\\s+to\\b|"
        + "\\b(?:unnoticed|unaddressed|unanswered|unacknowledged|ignored|unattended)\\s+for\\s+(?:far\\s+|way\\s+|much\\s+)?too\\s+long\\b|"
        + "\\b(?:was|were|is)\\s+(?:a|an|my|our|his|her|their)\\s+(?:[\\w-]+\\s+)?(?:mistake|blunder|screw-?up)\\b|"
        + "\\b(?-i:I|[Ww]e)\\s+(?:\\w+\\s+){0,2}?made\\s+(?:a\\s+|the\\s+|this\\s+|that\\s+)?(?:\\w+\\s+)?mistakes?\\b|"
        + "\\bthe\\s+mistake\\s+(?-i:I|[Ww]e)\\b|\\bsorry\\b[^.;]{0,30}\\bmistakes?\\b|"
        + "\\bembarr?ass(?:ing|ed)\\b|\\begg\\s+on\\s+(?:my|our)\\s+face\\b|\\bblunders?\\b|\\bscrew(?:ed)?[- ]?ups?\\b|"
        + "\\b(?:pressed|clicked|typed|pasted|copied|chose|selected|hit)\\s+(?:the|a|an)\\s+wrong\\b|"
        + "\\b(?:unacceptable|awful|terrible|horrible|really\\s+bad|hugely\\s+bad|bad)\\s+(?:decision|practice|call|judge?ment|idea)\\b|"
        + "\\bcompletely\\s+unacceptable\\b|\\bwhy['’]d\\s+you\\b|\\bwhy\\s+(?:did|would)\\s+you\\b|"
        + "\\b(?:merged|merge|merging|pushed|deployed|shipped|released|bypass(?:ed)?)\\b[^.;]{0,60}?\\bwithout\\s+(?:a\\s+|any\\s+|an\\s+|"
        + "final\\s+|proper\\s+|waiting\\s+for\\s+(?:the\\s+)?)*(?:reviews?|approvals?|tests?|CI|testing)\\b|"
        + "(?<!\\b(?:so|thus|therefore|hence)\\s+)\\b(?:none\\s+of\\s+us|nobody|no\\s*one)\\s+(?:\\w+ly\\s+)?(?:noticed|caught|spotted|reviewed|checked|bothers?|bothered|"
        + "was\\s+(?:reviewing|watching|looking|checking))\\b(?![^.;]*\\b(?:because|since|due\\s+to|as\\s+there)\\b)|"
        + "\\bcould\\s+have\\s+been\\s+(?:a\\s+)?(?:far\\s+|much\\s+)?more\\s+(?:thorough|careful|diligent)\\b|"
        + "\\b(?:caused|introduced|broken|triggered)\\s+by\\s+(?:my|our)\\b|\\bwrongly\\s+(?:thinking|assuming|believing)\\b|"
        + "\\b(?-i:I|[Ww]e)\\s+(?:(?!(?:that|which|who)\\b)[\\w'’-]+\\s+){0,5}?(?:accidentally|inadvertently|unintentionally|mistakenly|incorrectly|erroneously)\\s+\\w+|"
        + "\\bmerged?\\b[^.;]{0,40}?\\bbefore\\s+(?:all\\s+)?(?:the\\s+)?(?:tests|CI|checks|reviews?|approvals?)\\b|"
        + "\\bnot\\s+(?:\\w+\\s+)?(?:reviewed|approved)\\s+by\\s+(?:another|a\\s+second|any|a)\\s+(?:\\w+\\s+)?(?:developer|engineer|"
        + "person|reviewer|maintainer|human|teammate|member)s?\\b|"
        + "\\b(?:released|published|deployed|merged|pushed|deleted|ran|run)\\s+in\\s+error\\b|"
        + "\\bis\\s+(?:\\w+\\s+)?any\\s*one\\s+(?:even\\s+)?(?:reviewing|testing|checking|looking)\\b|"
        + "\\breviewed\\s+(?:your|his|her|their|my)\\s+own\\b|\\bcould\\s+at\\s+least\\b|"
        + "\\b(?:have|need|needs|must|should|has)\\s+to\\s+be\\s+(?:\\W*(?:very|extra|extremely|really)\\W*\\s+)?(?:careful|vigilant|attentive|diligent|cautious)\\b|"
        + "\\b(?:take|be)\\s+(?:more\\s+)?care(?:ful)?\\s+next\\s+time\\b|"
        + "\\b(?:hadn['’]t|had\\s+not|haven['’]t|have\\s+not|never)\\s+got(?:ten)?\\s+around\\s+to\\b|"
        + "\\bby\\s+mistake\\b|\\bmistakenly\\b|\\bI['’]?ll\\s+never\\s+do\\s+(?:this|that|it)\\s+again\\b|"
        + "\\black\\s+of\\s+(?:[\\w,]+\\s+){0,4}?(?:experience|knowledge|familiarity|care|diligence|discipline|attention)\\b|"
        + "\\b(?:this|that|it)\\s+(?:one\\s+)?(?:is|was)\\s+(?:all\\s+|entirely\\s+)?on\\s+(?:me|us|him|her|them|\\p{Lu}\\w+)\\b|"
        + "\\b(?:incident|outage|failure)\\s+(?:is|was)\\s+on\\s+(?:me|us|him|her|them|\\p{Lu}\\w+)\\b|"
        + "\\b(?:mistake|error|oversight|call|decision|misjudgement|misjudgment)\\s+on\\s+(?:my|our|his|her|their)\\s+part\\b|"
        + "\\b(?:not|nowhere\\s+near)\\s+(?:\\w+\\s+)?(?:thorough|careful|rigorous|diligent)\\s+enough\\b|"
        + "\\beven\\s+though\\s+(?:it|they|he|she)\\s+(?:never\\s+should|should\\s+never|should\\s+not|shouldn['’]t)\\s+have\\b|"
        + "\\bno\\s+action\\s+was\\s+taken\\b[^.;]{0,60}?\\bfor\\s+(?:another|over|more|nearly|almost|\\d)|"
        + "\\bbe(?:en|ing)?\\s+(?:far\\s+|much\\s+|a\\s+lot\\s+|a\\s+bit\\s+)?more\\s+(?:careful|attentive|diligent|vigilant|aware|cautious|thorough|disciplined)\\b|"
        + "\\bwhen\\s+(?:it|they|he|she)\\s+should(?:\\s+not|n['’]t)\\s+have\\b|"
        + "\\bshould(?:\\s+not|n['’]t|\\s+never)\\s+have\\s+been\\s+(?:rushed|approved|merged|pushed|shipped|removed|deleted|"
        + "disabled|ignored|skipped|released|deployed)\\b|"
        + "\\b(?:noob|n00b|newbie|amateur|beginner['’]?s?|bonehead(?:ed)?|schoolboy)\\s+(?:mistakes?|errors?|moves?)\\b|\\bnoob\\b|"
        + "\\b(?:user|admin|administrator|human|operator|personnel)\\s+(?:mistakes?|oversights?)\\b|"
        + "\\buser\\s+errors?\\b(?!\\s+(?:rates?|counts?|messages?|codes?|pages?|handling))|"
        + "\\bfat[- ]?finger(?:ed|ing|s)?\\b|\\bpe?bkac\\b|\\bpebcak\\b|\\bmea\\s+culpa\\b|"
        + "\\b(?:my|our)\\s+(?:bad|screw-?up|blunder|mistake|oversight|fault)\\b|\\bour\\s+own\\s+fault\\b|"
        + "\\b(?:stupidly|foolishly|thoughtlessly|mindlessly|lazily(?!\\s+(?:load|evaluat|initiali))|idiotically)\\b|"
        + "\\bin\\s+an?\\s+(?:act|moment|fit)\\s+of\\s+(?:laziness|carelessness|haste|stupidity|inattention|negligence)\\b|"
        + "\\bresponsibility\\s+(?:for\\s+(?:[\\w'’-]+\\s+){1,5}?)?(?:rests|rested|lies|lay|falls|fell|belongs|sits)\\s+"
        + "(?:squarely\\s+|solely\\s+|entirely\\s+)?(?:with|on|to)\\b|"
        + "\\b(?:nothing|no\\s+action|no\\s+(?:further\\s+)?(?:steps?|measures?))\\s+(?:was|were)\\s+(?:done|taken)\\s+"
        + "(?:for|until|about|to\\s+address)\\b|"
        + "\\b(?:no\\s*one|nobody)\\s+(?:bothered|did\\s+anything(?!\\s+wrong)|acted|took\\s+action|followed\\s+up|looked\\s+at\\s+it)\\b|"
        + "\\bshould\\s+(?:never|not)\\s+have\\s+been\\s+(?:allowed|approved|merged|permitted|given|let)\\b|"
        + "\\bshould(?:'ve|’ve|\\s+have)\\s+been\\s+(?:caught|spotted|noticed|flagged|found)\\s+(?:in|during|at|by)\\s+"
        + "(?:the\\s+)?(?:code\\s+|pr\\s+|peer\\s+)?(?:reviews?|reviewers?|qa|the\\s+author|authors?)\\b|"
        + "\\b(?:was|were|got|been)\\s+(?:completely\\s+|simply\\s+|just\\s+|largely\\s+|repeatedly\\s+)?"
        + "(?:ignored|neglected|overlooked)\\b(?!\\s+by\\b)";

    /// <summary>
    /// Judgements a fragment opens with, its subject left out as lists of what went wrong write them ("Did not disable
    /// the pipeline", "Missed a semicolon in the rule file", "Better check the whole config twice").
    /// </summary>
    public const string OpeningJudgement =
        "\\G\\W*(?:better\\s+(?:read|check|test|verify|analy[sz]e|review|double-check)\\b|(?:did\\s+not|didn['’]t|forgot|neglected|overlooked|ignored)\\s+(?:to\\s+)?\\w+|missed\\s+(?:a|an|the)\\s+\\w+|not\\s+(?:double[- ]?)?(?:checking|testing|verifying|reading|following|reviewing)\\b|"
        + "(?:accidentally|unintentionally|inadvertently|mistakenly)\\s+\\w+ed\\b|"
        + "\\w+ing\\b[^.;:]{0,60}?\\bwithout\\s+(?:first\\s+)?(?!finding|seeing|success|having|being|waiting|any)\\w+ing\\b)";

    /// <summary>Every <see cref="Judgement"/> needs one of these words; a sentence with none is not searched for one.</summary>
    public const string JudgementTriggers =
        "error errors careless carelessly carelessness negligent negligence negligently sloppy sloppily sloppiness known fault "
        + "blame ball incompetent incompetence incompetently lazy laziness reckless recklessly recklessness irresponsible "
        + "irresponsibly stupid stupidity idiot idiotic idiots inexcusable asleep mistake mistakes mistakenly attention noob n00b "
        + "newbie amateur beginner beginners bonehead boneheaded schoolboy oversight oversights fat finger fingered fingering "
        + "fingers fatfinger pebkac pbkac pebcak culpa bad screw screwup blunder stupidly foolishly thoughtlessly mindlessly "
        + "lazily idiotically haste inattention responsibility done taken nobody bothered anything acted action followed looked should "
        + "shouldn ignored neglected overlooked long on part enough careful attentive again lack made sorry embarrassing wrongly accidentally inadvertently unintentionally incorrectly erroneously merged merge before "
        + "not anyone any own least care got "
        + "embarassing embarrassed embarassed egg blunders screwed screwups wrong unacceptable awful terrible horrible practice "
        + "decision idea why without none noticed caught spotted reviewed checked bothers reviewing watching looking thorough "
        + "diligent vigilant aware cautious thorough disciplined dumb dumbest silly stupidest rookie";

    /// <summary>A judgement preceded (within a few words) by one of these is denied, not made.</summary>
    public const string Negation = "(?:\\b(?:no\\s+one|nobody|not|no|never|without|nor|neither)|n['’]t)\\b";
}
