using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// Finds hindsight and counterfactual wording ("should have", "could have been prevented", "if only", "obviously",
/// "just had to"): it judges the past with what is known now and hides what made the moment hard to read. A sentence
/// that already blames a person is left to <see cref="BlameDetector"/>, so one sentence gets one finding.
/// </summary>
internal static partial class HindsightDetector
{
    // Every alternative of the pattern needs one of these words.
    private static readonly TriggerWords Triggers = new(
        "should shouldn could couldn might would wouldn if hindsight retrospect obvious obviously predictably just simply only "
        + "all why had how place");

    public static IEnumerable<(Sentence Sentence, Match Words)> Find(string text, KnownPeople people, DocumentSystems systems)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var words = Triggers.AnyIn(sentence.Text) ? Pattern().Match(sentence.Text) : Match.Empty;
            if (words.Success && BlameDetector.Find(sentence.Text, people, systems).Count == 0)
            {
                yield return (sentence, words);
            }
        }
    }

    [GeneratedRegex(
        @"\bshould(?:n['’]t|\s+not|\s+never)?(?:['’]ve|\s+have)\s+(?:been\b|known\b|seen\b|done\b|caught\b|gone\b|taken\b|"
        + @"thought\b|kept\b|made\b|run\b|built\b|written\b|come\b|become\b|got\b|gotten\b|had\b|put\b|set\b|sent\b|"
        + @"let\b|left\b|brought\b|held\b|given\b|shown\b|chosen\b|(?!mattered\b)[a-z]+ed\b)|\bshould\s+have\s*,"
        + @"|\bshould(?:n['’]t|\s+not|\s+never)\s+(?:even\s+)?(?:be\s+possible|depend|rely|need|require|trigger|happen)\b"
        + @"|\bhow\s+(?:was|did|could|come)\s+(?:this|that|it)\s+(?:not|n['’]t|slip|get\s+(?:merged|through|past|shipped|deployed))\b"
        + @"|\bin\s+the\s+first\s+place\b"
        + @"|\b(?:would|could)\s+(?:[\w-]+\s+){1,6}?have\s+(?:been\s+)?(?:prevented|caught|avoided|detected|helped)\b"
        + @"|\b_?should_?\s+have\s+been\b"
        + @"|(?<!\bno\b[^.;]{0,50})\b(?:could|might)(?:n['’]t)?(?:['’]ve|\s+have)\s+(?:easily\s+)?(?:been\s+)?(?:avoided|prevented|caught|detected|noticed|"
        + @"spotted|mitigated|found|fixed|resolved|stopped|averted|identified|handled|shortened|reduced|limited|lead|led|"
        + @"saved|helped|restored|recovered|alerted|flagged|warned)\b"
        + @"|\bwould(?:['’]ve|\s+have)\s+(?:easily\s+|likely\s+|probably\s+)?(?:been\s+)?(?:avoided|prevented|caught|detected|noticed|"
        + @"spotted|averted|shown|mitigated|helped|saved|stopped|limited|reduced|aborted|smaller|minimal|revealed|warned|let|"
        + @"allowed|flagged|alerted|surfaced|isolated|taken|given|made)\b"
        + @"|\bwould(?:\s+not|\s+never|n['’]t)\s+have\s+(?:happened|occurred|been\s+an?\s+(?:issue|problem|outage|incident))\b"
        + @"|\bif\s+only\b|\b(?:in|with)\s+hindsight\b|\bin\s+retrospect\b|\bhindsight\s+is\b"
        + @"|(?<!\b(?:no|not|anything|nothing)\b[^.;]{0,24})(?<!\b(?:an?|the)\s+)\bobvious(?:ly)?\b(?!\s+(?:error|message|sign|reason|cause|way)s?\b)(?!ly\s+there\s+(?:are|is)\b)|\bpredictably\b"
        + @"|\b(?:just|simply|only)\s+(?:had|needed|have|need)\s+to\b|\ball\s+(?:\w+\s+){0,2}(?:had|needed)\s+to\s+do\s+was\b"
        + @"|\bsimply\s+(?:too|to)\s+\w+|\ball\s+(?:(?:the|it|we|they|he|she|you|that)\s+)?(?:[\w-]+\s+)?(?:needed|took)\s+was\b"
        + @"|\bwhy\s+(?:didn['’]t|did\s+not|wasn['’]t|weren['’]t)\s+(?:you|he|she|they|we|anyone|someone|somebody|the)\b"
        + @"|(?:^|[,;:(]\s*|\b(?:but|and|yet)\s+)had\s+(?:we|they|anyone|someone|the\s+\w+)\s+(?:have\s+|had\s+|only\s+|just\s+|been\s+)?\w+"
        + @"|\bif\s+(?:we|they|this|that|it|anyone|someone|the\s+[\w-]+(?:\s+[\w-]+)?)\s+had(?:\s+not|n['’]t)?\s+\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
