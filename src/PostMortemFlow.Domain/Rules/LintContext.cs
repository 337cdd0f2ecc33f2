using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules;

public sealed record LintContext(PostMortem PostMortem, LintOptions Options, SourceMap SourceMap)
{
    public LintContext(PostMortem postMortem)
        : this(postMortem, LintOptions.Default, SourceMap.Empty)
    {
    }
}
