using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Finds hindsight and counterfactual wording ("should have", "could have been prevented", "if only", "obviously",
/// "just had to"): it judges the past with what is known now and hides what made the moment hard to read.
/// </summary>
internal static class HindsightDetector
{

    private static readonly WordIndexedPatterns Patterns = new(
    [
        ("should shouldn",
            "\\bshould(?:n['’]t|\\s+not|\\s+never)?(?:['’]ve|\\s+have)\\s+(?:(?!(?:barely|hardly|only|likely|probably)\\b)\\w+ly\\s+)?" + BlameLexicon.PastParticiple + "|\\bshould\\s+have\\s*,"
            + "|\\b_?should_?\\s+have\\s+been\\b"
            + "|\\bshould(?:n['’]t|\\s+not|\\s+never)\\s+(?:even\\s+)?(?:be\\s+possible|depend|rely|need|require|trigger)\\b"),
        ("could couldn might",
            "(?<!\\bno\\b[^.;]{0,50})\\b(?:could|might)(?:n['’]t)?(?:['’]ve|\\s+have)\\s+(?:easily\\s+)?(?:been\\s+)?(?:avoided|"
            + "prevented|caught|detected|noticed|spotted|mitigated|found|fixed|resolved|stopped|averted|identified|handled|"
            + "shortened|reduced|limited|lead|led|saved|helped|restored|recovered|alerted|flagged|warned)\\b"),
        ("would could",
            "\\b(?:would|could)\\s+(?:[\\w-]+\\s+){1,6}?have\\s+(?:been\\s+)?(?:prevented|caught|avoided|detected|helped)\\b"),
        ("would wouldn",
            "\\bwould(?:['’]ve|\\s+have)\\s+(?:easily\\s+|likely\\s+|probably\\s+|either\\s+)?(?:been\\s+)?(?:avoided|prevented|caught|"
            + "detected|noticed|spotted|averted|shown|mitigated|helped|saved|stopped|limited|reduced|aborted|smaller|minimal|"
            + "revealed|warned|let|allowed|flagged|alerted|surfaced|isolated|taken|given|made)\\b"
            + "|\\bwould(?:\\s+not|\\s+never|n['’]t)\\s+have\\s+(?:happened|occurred|been\\s+an?\\s+(?:issue|problem|outage|incident))\\b"),
        ("if+only hindsight retrospect", "\\bif\\s+only\\b|\\b(?:in|with)\\s+hindsight\\b|\\bin\\s+retrospect\\b|\\bhindsight\\s+is\\b"),
        ("obvious obviously predictably",
            "(?<!\\b(?:no|not|none|anything|nothing)\\b[^.;]{0,24})(?<!\\b(?:an?|the)\\s+)"
            // Not evidence that was plain to see ("the error log was quite obvious"), nor an aside ("has obviously caused",
            // "Windows Defender, obviously.").
            + "(?<!\\b(?:logs?|errors?|messages?|alerts?|signals?|graphs?|symptoms?|traces?)\\s+(?:was|were|is|are)\\s+(?:\\w+\\s+)?)"
            + "(?<!\\b(?:has|have)\\s+)(?<!,\\s*)"
            + "\\bobvious(?:ly\\b(?!\\s+there\\s+(?:are|is)\\b)|\\b)"
            + "(?!\\s+(?:error|message|sign|reason|cause|way)s?\\b)|\\bpredictably\\b"),
        // "just had to be restarted", "all it needed was a restart", "simply too brittle"
        ("just simply only do+was needed+was took+was",
            "\\b(?:just|simply|only)\\s+(?:had|needed|have|need)\\s+to\\b|\\ball\\s+(?:\\w+\\s+){0,2}(?:had|needed)\\s+to\\s+do\\s+was\\b"
            + "|\\bsimply\\s+(?:too|to)\\s+\\w+|\\ball\\s+(?:(?:the|it|we|they|he|she|you|that)\\s+)?(?:[\\w-]+\\s+)?(?:needed|took)\\s+was\\b"),
        ("why", "\\bwhy\\s+(?:didn['’]t|did\\s+not|wasn['’]t|weren['’]t)\\s+(?:you|he|she|they|we|anyone|someone|somebody|the)\\b"),
        // "Had we kept the old image …", "If the scheduler had retried …"
        ("had",
            "(?:^|[,;:(]\\s*|\\b(?:but|and|yet)\\s+)had\\s+(?:we|they|anyone|someone|the\\s+\\w+)\\s+(?:have\\s+|had\\s+|only\\s+|"
            + "just\\s+|been\\s+)?\\w+"
            + "|\\bif\\s+(?:we|they|this|that|it|anyone|someone|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+had(?:\\s+not|n['’]t)?\\s+"
            + "(?!been\\s+the\\s+case\\b)\\w+"),
        ("how first+place",
            "\\bhow\\s+(?:was|did|could|come)\\s+(?:this|that|it)\\s+(?:not|n['’]t|slip|get\\s+(?:merged|through|past|shipped|"
            + "deployed))\\b|(?<!^\\W*why\\b.*)\\bin\\s+the\\s+first\\s+place\\b"
            // "how did this make it to main?", "how did it pass the test in CI", "how was it even possible to merge …"
            + "|\\bhow\\s+(?:did|was|were|could|come)\\s+(?:\\w+\\s+){0,6}?(?:make\\s+it\\s+(?:in|to|into|past|through)|get\\s+merged|"
            + "pass(?:ed)?\\s+(?:the\\s+)?(?:tests?|CI|review)|(?:even\\s+)?possible\\s+to\\s+(?:merge|deploy|ship|push|release))\\b"),
        // A safeguard held to what it was for: "the test job, which is supposed to catch test failures".
        ("supposed", "\\b(?:is|was|are|were)\\s+supposed\\s+to\\s+(?:catch|prevent|detect|alert|block|stop|flag|warn|notice)\\b"),
    ], RegexOptions.IgnoreCase);

    /// <summary>The first hindsight wording in a sentence, or null.</summary>
    public static Match? FirstIn(string sentence) => Patterns.FirstMatch(sentence);
}
