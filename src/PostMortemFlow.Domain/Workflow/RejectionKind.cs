namespace PostMortemFlow.Domain.Workflow;

public enum RejectionKind
{
    /// <summary>The command does not apply in the current phase (HTTP 409).</summary>
    WrongPhase = 0,
    /// <summary>The command's content is invalid (HTTP 400).</summary>
    Invalid = 1,
    /// <summary>The method's rules report errors that block the step (HTTP 422).</summary>
    RuleErrors = 2,
    /// <summary>No post-mortem with that id (HTTP 404).</summary>
    NotFound = 3,
    /// <summary>The post-mortem changed since the version the command was made on (HTTP 412).</summary>
    StaleVersion = 4,
    /// <summary>Only someone else may do this, e.g. edit a comment that is not one's own (HTTP 403).</summary>
    Forbidden = 5,
    /// <summary>The command conflicts with the post-mortem's state and says how to go on, e.g. approving with open comments (HTTP 409).</summary>
    Conflict = 6,
}
