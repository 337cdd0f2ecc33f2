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
}
