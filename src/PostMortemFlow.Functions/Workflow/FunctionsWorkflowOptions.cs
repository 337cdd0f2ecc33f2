namespace PostMortemFlow.Functions.Workflow;

/// <summary>Settings <c>Functions:*</c>: what only the Functions host needs.</summary>
public sealed class FunctionsWorkflowOptions
{
    public const string Section = "Functions";

    /// <summary>How long an API call waits for its post-mortem's orchestration to decide the command before answering 202 Accepted with where to look for the result.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Who the API's callers are: nobody in particular (the default), or the user App Service authentication signed in.</summary>
    public SignIn.FunctionsSignIn SignIn { get; set; } = PostMortemFlow.Functions.SignIn.FunctionsSignIn.None;
}
