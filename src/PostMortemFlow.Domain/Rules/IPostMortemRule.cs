namespace PostMortemFlow.Domain.Rules;

/// <summary>A rule of the method: a pure function from a post-mortem to findings.</summary>
public interface IPostMortemRule
{
    string Id { get; }

    IEnumerable<Finding> Check(LintContext context);
}
