namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Judgements of people, each with the words it cannot match without (see <see cref="WordIndexedPatterns"/>): wrong
/// anywhere, even in a quote, unless denied. Matched case-insensitively.
/// </summary>
internal static class JudgementLexicon
{
    private const string NotAMeasure = "(?!\\s+(?:rates?|counts?|budgets?|codes?|messages?|pages?|handling))";

    public static readonly IReadOnlyList<(string Words, string Pattern)> Entries =
    [
        // "human error", "user error", "a noob move", "released in error"
        ("error errors move moves",
            "\\b(?:human|operator|engineer|pilot|personnel|manual|user)\\s+errors?\\b" + NotAMeasure
            + "|\\b(?:noob|n00b|newbie|amateur|beginner['’]?s?|bonehead(?:ed)?|schoolboy)\\s+(?:errors?|moves?)\\b"
            + "|\\b(?:released|published|deployed|merged|pushed|deleted|ran|run)\\s+in\\s+error\\b"
            + "|\\b(?:my|our)\\s+(?:own\\s+)?error\\b" + NotAMeasure),
        // "I had a typo in a command", "an issue from my part"
        ("typo typos mistake issue part",
            "\\b(?-i:I|[Ww]e)\\s+had\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:typo|mistake|blunder)\\b|\\b(?:on|from)\\s+my\\s+part\\b"),
        // Words that can only judge a person.
        ("careless carelessly carelessness negligent negligence negligently sloppy sloppily sloppiness incompetent "
            + "incompetence incompetently laziness reckless recklessly recklessness irresponsible irresponsibly stupid "
            + "stupidity idiot idiotic idiots inexcusable stupidly foolishly thoughtlessly mindlessly idiotically noob n00b "
            + "pebkac pbkac pebcak embarrassing embarassing embarrassed embarassed blunder blunders screw screwup screwups "
            + "screwed",
            "\\bcareless(?:ly|ness)?\\b|\\bnegligen(?:t|ce|tly)\\b|\\bslopp(?:y|ily|iness)\\b|\\bincompeten(?:t|ce|tly)\\b"
            + "|\\blaziness\\b|\\breckless(?:ly|ness)?\\b|\\birresponsibl[ey]\\b|\\bstupid(?:ity)?\\b|\\bidiot(?:ic|s)?\\b"
            + "|\\binexcusable\\b|\\b(?:stupidly|foolishly|thoughtlessly|mindlessly|idiotically)\\b|\\bn(?:oo|00)b\\b"
            + "|\\bpe?bkac\\b|\\bpebcak\\b|\\bembarr?ass(?:ing|ed)\\b|\\bblunders?\\b|\\bscrew(?:ed)?[- ]?ups?\\b"),
        ("lazy lazily",
            "\\blazy\\b(?![\\s-]+(?:load|loading|loaded|init|initiali[sz]ation|evaluation|eval|val|property|import|db|"
            + "database|lookups?|fetch\\w*|quer\\w+))|\\blazily\\b(?!\\s+(?:load|evaluat|initiali))"),
        ("known", "\\bshould(?:'ve|’ve|\\s+have)\\s+known\\b"),
        ("fault",
            "\\b(?:his|her|their|my|your|whose|our|our\\s+own)\\s+fault\\b|\\bat\\s+fault\\b"
            + "|\\bfault\\s+(?:of|lies|lay|rests)\\b(?!\\s+(?:(?:in|with)\\s+)?(?:the\\s+|our\\s+)?(?:systems?|software|"
            + "platforms?|process(?:es)?|procedures?|tools?|tooling|design|code|config))"),
        ("blame",
            "\\b(?:is|was|are|were|be|been|'s|’s)\\s+(?:\\w+ly\\s+|also\\s+)?to\\s+blame\\b"
            + "|\\bblame\\s+(?:for\\s+(?:[\\w'’-]+\\s+){1,4}?)?(?:lies|lay|rests|falls|fell|goes)\\s+(?:with|on)\\b"
            + "|\\b(?:put|place[ds]?|puts)\\s+the\\s+blame\\b(?!\\s+on\\s+(?:the\\s+)?(?:deploy\\w*|process\\w*|system\\w*|tool\\w*|code|"
            + "config\\w*|platform\\w*|infrastructure|automation|design|architecture)\\b)"),
        ("ball", "\\bdropped\\s+the\\s+ball\\b"),
        ("wheel", "\\basleep\\s+at\\s+the\\s+wheel\\b"),
        ("mistake mistakes mistakenly",
            "\\b(?:rookie|dumb|dumbest|silly|stupid|stupidest)\\s+(?:[\\w-]+\\s+)?mistakes?\\b"
            + "|\\b(?:was|were|is)\\s+(?:a|an|my|our|his|her|their)\\s+(?:[\\w-]+\\s+)?mistake\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:\\w+\\s+){0,2}?made\\s+(?:a\\s+|the\\s+|this\\s+|that\\s+)?(?:\\w+\\s+)?mistakes?\\b"
            + "|\\bthe\\s+mistake\\s+(?-i:I|[Ww]e)\\b|\\bsorry\\b[^.;]{0,30}\\bmistakes?\\b"
            + "|\\b(?:noob|n00b|newbie|amateur|beginner['’]?s?|bonehead(?:ed)?|schoolboy)\\s+mistakes?\\b"
            + "|\\b(?:user|admin|administrator|human|operator|personnel)\\s+mistakes?\\b|\\b(?:my|our)\\s+mistake\\b"
            + "|\\bmistake\\s+on\\s+(?:my|our|his|her|their)\\s+part\\b"
            // Not what a precaution is for ("to avoid deploying to it by mistake"), nor a system's misclassification.
            + "|(?<!\\b(?:avoid|avoiding|prevent|preventing|never)\\b[^.;]{0,40})\\bby\\s+mistake\\b"
            + "|\\bmistakenly\\b(?!\\s+(?:marked|flagged|reported|detected|classified|identified|"
            + "treated|labell?ed|matched|cached|parsed|considered)\\b)"),
        ("oversight oversights",
            "\\b(?:user|admin|administrator|human|operator|personnel)\\s+oversights?\\b|\\b(?:my|our)\\s+oversight\\b"
            + "|\\boversight\\s+on\\s+(?:my|our|his|her|their)\\s+part\\b"),
        ("bad",
            "\\b(?:my|our)\\s+bad\\b|\\b(?:really\\s+bad|hugely\\s+bad|bad)\\s+(?:decision|practice|call|judge?ment|idea)\\b"),
        ("part", "\\b(?:error|call|decision|misjudge?ment)\\s+on\\s+(?:my|our|his|her|their)\\s+part\\b"),
        ("attention", "\\b(?:not|n['’]t)\\s+paying\\s+attention\\b"),
        ("long",
            "\\btook\\s+(?:us|me|him|her|them|the\\s+[\\w-]+)\\s+(?:far\\s+|way\\s+|much\\s+)?too\\s+long\\s+to\\b"
            + "|\\b(?:unnoticed|unaddressed|unanswered|unacknowledged|ignored|unattended)\\s+for\\s+(?:far\\s+|way\\s+|much\\s+)?"
            + "too\\s+long\\b"),
        ("egg culpa fat finger fingered fingering fingers fatfinger",
            "\\begg\\s+on\\s+(?:my|our)\\s+face\\b|\\bmea\\s+culpa\\b|\\bfat[- ]?finger(?:ed|ing|s)?\\b"),
        ("wrong", "\\b(?:pressed|clicked|typed|pasted|copied|chose|selected|hit)\\s+(?:the|a|an)\\s+wrong\\b"),
        ("unacceptable awful terrible horrible",
            "\\b(?:unacceptable|awful|terrible|horrible)\\s+(?:decision|practice|call|judge?ment|idea)\\b"
            + "|\\bcompletely\\s+unacceptable\\b"),
        ("why", "\\bwhy['’]d\\s+you\\b|\\bwhy\\s+(?:did|would|didn['’]?t|did\\s+not|haven['’]?t|wouldn['’]?t)\\s+you\\b"),
        // Questions that accuse: "Haven't you read the wiki?", "How could you ship this?"
        ("haven havent didn didnt could",
            "\\b(?:haven['’]?t|didn['’]?t)\\s+you\\s+(?:even\\s+)?(?:read|test|tested|check|checked|look|looked|see|seen|bother|think)\\b"
            + "|\\bhow\\s+could\\s+(?:you|they|he|she|anyone|somebody|someone)\\s+(?!have\\b)\\w+"),
        // Telling a person what they did wrong: "Today, you merged something that was not supposed to be merged".
        ("merged pushed broke deleted deployed forgot ignored skipped",
            "(?<!\\b(?:if|when|once|after|before|unless|until|whether|where)\\s+)\\byou\\s+(?:just\\s+|again\\s+|then\\s+)?"
            + "(?:merged|pushed|broke|deleted|deployed|forgot|ignored|skipped)\\b(?![^.;]*\\?)"),
        // "I blame GoDaddy", "blame it on the intern"; never "we don't blame anyone".
        ("blame",
            "\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+|also\\s+)?blame\\s+(?!(?:no|nobody|none|no\\s*one|anyone|anybody|individuals?|"
            + "people|persons?|the\\s+(?:system|process|tool)s?)\\b)\\w+"
            + "|\\bblame\\s+(?:it|this|that)\\s+on\\b"),
        // "I ... somehow assumed", "I pushed to this repo instead of my own remote".
        ("somehow", "\\b(?-i:I|[Ww]e)\\s+(?:[\\w'’-]+\\s+){0,6}?somehow\\s+(?:assumed|thought|believed|forgot|missed|ignored)\\b"),
        ("instead",
            "\\b(?-i:I|[Ww]e)(?:['’]ve|\\s+have|\\s+had)?\\s+(?:\\w+ly\\s+)?(?:pushed|deployed|merged|ran|deleted|committed|applied|"
            + "dropped|restarted|edited)\\b[^.;]{0,50}?\\binstead\\s+of\\b"),
        // One's own work judged: "my tests were not thorough".
        ("thorough torough careful rigorous",
            "\\b(?:my|our|his|her|their|your)\\s+(?:\\w+\\s+)?(?:tests?|testing|reviews?|checks?|work)\\s+(?:was|were)\\s+"
            + "(?:not|n['’]t)\\s+(?:\\w+\\s+)?(?:thorough|torough|careful|rigorous)\\b"),
        // "Some heads need to roll": a call to punish people.
        ("heads", "\\bheads\\s+(?:need\\s+to|needs\\s+to|should|must|will|have\\s+to|are\\s+going\\s+to)\\s+roll\\b"),
        // One's own omission in the perfect: "I've overlooked it", "we had forgotten the renewal".
        ("overlooked forgotten ignored",
            "\\b(?-i:I|[Ww]e)(?:['’]ve|['’]d|\\s+have|\\s+had)\\s+(?:\\w+ly\\s+|just\\s+|simply\\s+)?(?:overlooked|forgotten|ignored)\\b"),
        // A role asked after for its omission: "Why did the developer forget to check …?".
        ("forget neglect fail ignore skip",
            "\\b(?:did|does|do|would)\\s+(?:the|a|an|our|their|this|that)\\s+(?:[\\w-]+\\s+)?(?:developers?|engineers?|operators?|reviewers?|"
            + "authors?|on-?call(?:ers?)?|admins?|maintainers?|responders?)\\s+(?:forget|neglect|fail|ignore|skip)\\b"),
        // The people-less omission, in a doubter's words: "nobody seems to care to test it".
        ("nobody anyone any+one",
            "\\bnobody\\s+(?:seems|seemed)\\s+to\\s+(?:care|bother|notice|test|check)\\b"
            + "|\\b(?:not|n['’]t)\\s+(?:look|seem)\\s+like\\s+any\\s*one\\b[^.;]{0,60}?\\b(?:reviewed|tested|checked|noticed|looked)\\b"),
        // Merged or pushed past the controls that exist for people.
        ("without",
            "\\b(?:merged|merge|merging|pushed|deployed|shipped|released|bypass(?:ed)?)\\b[^.;]{0,60}?\\bwithout\\s+(?:a\\s+|"
            + "any\\s+|an\\s+|final\\s+|proper\\s+|waiting\\s+for\\s+(?:the\\s+)?)*(?:reviews?|approvals?|tests?|CI|testing)\\b"),
        ("merged merge", "\\bmerged?\\b[^.;]{0,40}?\\bbefore\\s+(?:all\\s+)?(?:the\\s+)?(?:tests|CI|checks|reviews?|approvals?)\\b"),
        ("reviewed approved",
            "\\bnot\\s+(?:\\w+\\s+)?(?:reviewed|approved)\\s+by\\s+(?:another|a\\s+second|any|a)\\s+(?:\\w+\\s+)?(?:developer|"
            + "engineer|person|reviewer|maintainer|human|teammate|member)s?\\b|\\breviewed\\s+(?:your|his|her|their|my)\\s+own\\b"),
        // Nobody did what a person should have: the people-less omission that judges a response.
        ("nobody none noone no+one",
            "(?<!\\b(?:so|thus|therefore|hence)\\s+)\\b(?:none\\s+of\\s+us|nobody|no\\s*one)\\s+(?:had\\s+|has\\s+|ever\\s+)?(?:\\w+ly\\s+)?"
            + "(?:noticed|caught|spotted|reviewed|checked|mentioned|flagged|raised|questioned|tested|verified|bothers?|bothered|"
            + "was\\s+(?:reviewing|watching|looking|checking|monitoring))\\b"
            + "(?![^.;]*\\b(?:because|since|due\\s+to|as\\s+there)\\b)"
            + "|\\b(?:no\\s*one|nobody)\\s+(?:bothered|did\\s+anything(?!\\s+wrong)|acted|took\\s+action|followed\\s+up|"
            + "looked\\s+at\\s+it)\\b"),
        ("taken done",
            "\\b(?:nothing|no\\s+action|no\\s+(?:further\\s+)?(?:steps?|measures?))\\s+(?:was|were)\\s+(?:done|taken)\\s+"
            + "(?:for|until|about|to\\s+address)\\b|\\bno\\s+action\\s+was\\s+taken\\b[^.;]{0,60}?\\bfor\\s+(?:another|over|"
            + "more|nearly|almost|\\d)"),
        ("anyone any+one", "\\bis\\s+(?:\\w+\\s+)?any\\s*one\\s+(?:even\\s+)?(?:reviewing|testing|checking|looking)\\b"),
        ("least", "\\bcould\\s+at\\s+least\\b"),
        ("around", "\\b(?:hadn['’]t|had\\s+not|haven['’]t|have\\s+not|never)\\s+got(?:ten)?\\s+around\\s+to\\b"),
        ("again", "\\bI['’]?ll\\s+never\\s+do\\s+(?:this|that|it)\\s+again\\b"),
        // "Lack of experience", "not enough experience on the team", "limited understanding of osmdbt in the team".
        ("lack enough limited insufficient",
            "\\black\\s+of\\s+(?:[\\w,]+\\s+){0,4}?(?:experience|knowledge|familiarity|care|diligence|discipline|attention)\\b"
            // … unless the sentence gives the reason that has no one to blame ("limited knowledge of Kafka due to holidays").
            + "|\\b(?:not\\s+enough|limited|insufficient)\\s+(?:experience|knowledge|understanding|familiarity)\\b(?![^.;]*\\b(?:due\\s+to|because)\\b)"),
        // "This one is on me", "the outage was on Vikram".
        ("is+on was+on",
            "\\b(?:this|that|it)\\s+(?:one\\s+)?(?:is|was)\\s+(?:all\\s+|entirely\\s+)?on\\s+(?:me|us|him|her|them|\\p{Lu}\\w+)\\b"
            + "|\\b(?:incident|outage|failure)\\s+(?:is|was)\\s+on\\s+(?:me|us|him|her|them|\\p{Lu}\\w+)\\b"),
        // Exhortations to be more careful judge the people they address.
        ("careful carefull attentive diligent vigilant aware cautious thorough disciplined rigorous care tested test",
            "\\bbe(?:en|ing)?\\s+(?:far\\s+|much\\s+|a\\s+lot\\s+|a\\s+bit\\s+)?more\\s+(?:carefull?|attentive|diligent|vigilant|"
            + "aware|cautious|thorough|disciplined)\\b"
            + "|\\bup\\s+to\\s+(?:the\\s+)?(?:users?|you|them|him|her|each\\s+\\w+)\\s+to\\s+be\\s+(?:\\w+\\s+)?(?:careful|vigilant|cautious|attentive)\\b"
            + "|\\b(?:needs?|must|should)\\s+(?:really\\s+)?(?:to\\s+)?test\\s+(?:their|his|her|your)\\s+(?:own\\s+)?"
            + "(?:updates?|changes?|code|work|patch(?:es)?)\\s+(?:better\\s+)?before\\b"
            + "|\\b(?:have|need|needs|must|should|has)\\s+to\\s+be\\s+(?:\\W*(?:very|extra|extremely|really)\\W*\\s+)?"
            + "(?:careful|vigilant|attentive|diligent|cautious)\\b"
            + "|\\b(?:take|be)\\s+(?:more\\s+)?care(?:ful)?\\s+next\\s+time\\b"
            + "|\\b(?:not|nowhere\\s+near)\\s+(?:\\w+\\s+)?(?:thorough|careful|rigorous|diligent)\\s+enough\\b"
            + "|\\bcould\\s+have\\s+been\\s+(?:a\\s+)?(?:far\\s+|much\\s+)?more\\s+(?:thorough|careful|diligent)\\b"),
        ("caused introduced broken triggered", "\\b(?:caused|introduced|broken|triggered)\\s+by\\s+(?:my|our)\\b"),
        ("wrongly", "\\bwrongly\\s+(?:thinking|assuming|believing)\\b"),
        ("accidentally inadvertently unintentionally mistakenly incorrectly erroneously",
            "\\b(?-i:I|[Ww]e)\\s+(?:(?!(?:that|which|who)\\b)[\\w'’-]+\\s+){0,5}?(?:accidentally|inadvertently|"
            + "unintentionally|mistakenly|incorrectly|erroneously)\\s+\\w+"),
        // Hindsight about people's work: what they allowed, approved or did not catch.
        ("though", "\\beven\\s+though\\s+(?:it|they|he|she)\\s+(?:never\\s+should|should\\s+never|should\\s+not|shouldn['’]t)\\s+have\\b"),
        ("should shouldn",
            "\\bwhen\\s+(?:it|they|he|she)\\s+should(?:\\s+not|n['’]t)\\s+have\\b"
            + "|\\bshould(?:\\s+not|n['’]t|\\s+never)\\s+have\\s+been\\s+(?:rushed|approved|merged|pushed|shipped|removed|deleted|"
            + "disabled|ignored|skipped|released|deployed|allowed|permitted|given|let)\\b"
            + "|\\bshould(?:'ve|’ve|\\s+have)\\s+been\\s+(?:caught|spotted|noticed|flagged|found)\\s+(?:in|during|at|by)\\s+"
            + "(?:the\\s+)?(?:code\\s+|pr\\s+|peer\\s+)?(?:reviews?|reviewers?|qa|the\\s+author|authors?)\\b"
            // One's own work, not hedged: "we should have deployed it alone", "- should have done it on one host", and in the
            // passive "the staging environment should have been checked beforehand".
            + "|(?<!\\b(?:maybe|perhaps|think|guess|believe|possibly|probably|wonder)\\b[^.;]{0,30})(?:\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+)?|^\\W*|\\s[-–—]\\s+)"
            + "should(?:['’]ve|\\s+have)\\s+(?:(?!been|seen|had|known)[a-z]+ed|done|run|written|gone|taken|kept|built|made|put|set|left)\\b"
            + "|(?<!\\b(?:maybe|perhaps|think|guess|believe|possibly|probably|wonder|if|whether)\\b[^.;]{0,40})"
            + "\\bshould(?:['’]ve|\\s+have)\\s+been\\s+(?:checked|tested|reviewed|verified|addressed|performed|ran|run|noticed|escalated|"
            + "communicated|double-checked|investigated|considered|announced|validated)\\b"),
        ("ignored neglected overlooked",
            "\\b(?:was|were|got|get|gets|been)\\s+(?:completely\\s+|simply\\s+|just\\s+|largely\\s+|repeatedly\\s+)?"
            + "(?:ignored|neglected|overlooked)\\b(?!\\s+by\\b)"),
        ("responsibility",
            "\\bresponsibility\\s+(?:for\\s+(?:[\\w'’-]+\\s+){1,5}?)?(?:rests|rested|lies|lay|falls|fell|belongs|sits)\\s+"
            + "(?:squarely\\s+|solely\\s+|entirely\\s+)?(?:with|on|to)\\b"),
        // One's own slip, named or told: "Terrible mistake", "oops", "I've messed things up", "sorry for breaking the build",
        // "we introduced a syntax error", "I merged … bringing the entire site down", "we ought not to have refactored it all".
        ("mistake fail oops whoops messed screwed mucked sorry apologies apologize apologise breaking broke bringing brought taking took introduced triggered caused ought",
            "\\b(?:terrible|huge|big|bad|grave|costly|embarrassing|classic)\\s+mistakes?\\b|\\bepic\\s+fail\\b|\\b(?:wh)?oops\\b"
            + "|(?<!\\b(?:if|unless|when|whether)\\s+(?:[\\w'’]+\\s+){0,3})\\b(?:messed|screwed|mucked)\\s+(?:\\w+\\s+){0,2}?up\\b"
            + "(?!\\s+(?:by|when|because)\\b)"
            + "|\\b(?:sorry|apologi(?:es|ze|se))\\s+(?:\\w+\\s+){0,3}?(?:for|about)\\s+(?:breaking|(?:my|our)\\s+(?:breakage|error|mistake|mess|slip))\\b"
            + "|^\\W*and\\s+broke\\b|\\b(?-i:I|[Ww]e)(?:['’]ve|\\s+have|\\s+just)?\\s+broke\\s+(?:the|our|master|main|prod|production|CI)\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+[^.;]{0,100}?\\b(?:bringing|brought|taking|took)\\s+(?:the\\s+)?(?:entire\\s+|whole\\s+)?"
            + "(?:site|service|production|prod|cluster|build|app|server|website)s?\\s+down\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:\\w+\\s+){0,2}?(?:introduced|triggered|caused)\\s+(?:a|an|another|the|this|some)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:errors?|typos?|bugs?|regressions?|outages?|downtime|breakages?|incidents?)\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+)?ought(?:\\s+not)?\\s+to\\s+have\\s+[a-z]+(?:ed|en|wn|ne)\\b"),
        // One's own change named as the cause: "we tightened the filters, which caused traffic to fail", "this downtime was
        // caused by a change we made", "I allowed the certificate to expire", "we pushed an untested fix".
        ("caused led broke allowed untested misguided hurriedly wasted buck account prepared respond",
            "\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+|also\\s+|just\\s+)?(?:made|released|shipped|deployed|pushed|introduced|tightened|changed|"
            + "performed|attempted|applied|rolled\\s+out|scaled|enabled|disabled|removed|updated|upgraded|migrated)\\b[^.;]{0,80}?"
            + "\\b(?:which|that|and\\s+(?:this|it))\\s+(?:then\\s+|promptly\\s+|immediately\\s+)?(?:caused|led\\s+to|broke|took\\s+down|"
            + "brought\\s+down)\\b"
            + "|\\bcaused\\s+by\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:change|update|deploy(?:ment)?|migration|release|mistake|"
            + "command)\\s+(?-i:I|[Ww]e)\\s+(?:had\\s+)?(?:made|pushed|deployed|ran|released|applied|shipped)\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+)?allowed\\s+(?:the\\s+|our\\s+|\\w+['’]s\\s+)?(?:[\\w-]+\\s+){0,3}?to\\s+(?:expire|lapse|fill\\s+up|run\\s+out)\\b"
            + "|\\buntested\\s+(?:fix|change|patch|code|release)\\b(?=[^.;]{0,40}\\b(?:pushed|deployed|shipped|released|merged))"
            + "|\\b(?:pushed|deployed|shipped|released|merged)\\s+(?:an?\\s+|the\\s+)?untested\\b"
            + "|\\bin\\s+a\\s+misguided\\s+attempt\\b|\\b(?-i:I|[Ww]e)\\s+wasted\\s+(?:time|hours|a\\s+day)\\b|\\bthe\\s+buck\\s+stops\\s+with\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:\\w+ly\\s+)?(?:did\\s+not|didn['’]t)\\s+(?:take\\s+into\\s+account|respond\\s+in\\s+(?:a|an)\\s+\\w+\\s+time)\\b"
            + "|\\b(?-i:I|[Ww]e)\\s+(?:simply\\s+|just\\s+)?(?:were|was)\\s+not\\s+prepared\\b"),
        // Omissions that judge a response: "the alert notification was missed", "without action for at least 9 hours", "was
        // not taken seriously", "was never tested".
        ("missed forgotten action response reaction seriously never",
            "\\b(?:alerts?|notifications?|pages?|e-?mails?|messages?|warnings?|steps?|signs?|deployments?|tickets?|reports?|"
            + "reminders?|renewals?)\\s+(?:\\w+\\s+)?(?:was|were|been|being|got|had\\s+been)\\s+(?:\\w+ly\\s+)?(?:missed|forgotten)\\b"
            + "|\\bwithout\\s+(?:any\\s+)?(?:action|response|reaction)\\s+for\\s+(?:at\\s+least\\s+|over\\s+|"
            + "more\\s+than\\s+|nearly\\s+|almost\\s+)?(?:\\d+|several|many|a\\s+few|two|three|four|five|six)\\b"
            + "|\\bhad\\s+no\\s+(?:response|reaction|answer|reply)\\b[^.;]{0,50}?\\bfor\\s+(?:several|many|\\d+|hours|days)\\b"
            + "|\\bnot\\s+taken\\s+seriously\\b"
            + "|\\b(?:was|were)\\s+never\\s+(?:tested|checked|reviewed|verified|validated)\\b"),
        // Questions that accuse the one asked: "Who wrote that?", "how did you review this PR in 10s?".
        ("who how",
            "\\bwho\\s+(?:wrote|merged|approved|pushed|broke|deployed|reviewed|committed)\\s+(?:that|this|it)\\b[^.]*\\?"
            + "|\\bhow\\s+did\\s+you\\s+(?:review|test|check|merge|approve|miss|not)\\b"
            + "|\\b(?:have|did)\\s+you\\s+(?:even\\s+)?(?:test|tested|check|checked|run|read)\\b[^.?]{0,40}?\\b(?:this\\s+time|at\\s+all)\\b"),
        // Telling people to be careful in the imperative: "TEST YOUR PULL REQUESTS", "one should never push to master".
        ("test never should please check",
            "\\btest\\s+your\\s+(?:own\\s+)?(?:pull\\s+requests?|prs?|changes?|code|patch(?:es)?|commits?)\\b"
            + "|\\b(?:one|you|people|everyone|everybody)\\s+should\\s+(?:never|always)\\b"
            + "|^\\W*never\\s+(?:ever\\s+)?(?:do|push|merge|force[- ]?push|deploy|commit|rebase)\\b"
            + "|\\bplease\\b[^.;]{0,60}?\\bbefore\\s+(?:merging|pushing|deploying|promoting|releasing|committing)\\b"
            + "|\\bnext\\s+time,?\\s+(?:please\\s+)?(?:review|check|test|wait|make\\s+sure|verify|read|ask)\\b"
            + "|^\\W*(?:check|test|verify)\\s+[^.;]{0,60}?\\bbefore\\s+(?:merging|pushing|deploying|promoting|releasing|committing)\\b"),
        ("without",
            "\\b(?-i:I|[Ww]e)\\s+(?:\\w+\\s+){0,3}?(?:deployed|merged|pushed|released|shipped|ran|applied|upgraded|restarted)\\b[^.;]{0,60}?"
            + "\\bwithout\\s+(?:first\\s+)?(?:checking|testing|running|reviewing|verifying|asking|waiting|looking|consulting|telling|"
            + "informing|notifying)\\b"),
        // People's errors named as such: "user misunderstanding", "copy-paste errors by user", "someone thought it was a good idea".
        ("misunderstanding errors error idea untested",
            "\\b(?:user|operator|human|staff)\\s+misunderstanding\\b|\\berrors?\\s+by\\s+(?:the\\s+)?(?:users?|operators?|admins?|staff|engineers?|developers?)\\b"
            + "|\\bsomeone\\s+thought\\s+it\\s+was\\s+a\\s+good\\s+idea\\b|\\bpush(?:ed|ing)?\\s+untested\\s+code\\b"),
        // Work judged rather than described: "Poor coordination with …", "an improper migration", "simple neglect",
        // "a failure to properly deploy".
        ("poor improper shoddy lax neglect failure",
            "\\b(?:poor|improper|shoddy|lax)\\s+(?:coordination|communication|planning|reviews?|reviewing|testing|judge?ment|handling|"
            + "migration|execution|decisions?|choices?|work|workmanship|practices?|hygiene)\\b"
            + "|\\b(?:simple|pure|sheer|gross)\\s+neglect\\b|\\bfailure\\s+to\\s+properly\\b"),
        ("laziness carelessness haste stupidity inattention negligence",
            "\\bin\\s+an?\\s+(?:act|moment|fit)\\s+of\\s+(?:laziness|carelessness|haste|stupidity|inattention|negligence)\\b"),
    ];
}
