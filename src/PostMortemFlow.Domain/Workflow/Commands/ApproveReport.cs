namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ApproveReport")]
public sealed record ApproveReport([property: Id(0)] string By) : PostMortemCommand
{
    /// <summary>The approver has seen the open comments and settles them with the approval.</summary>
    [Id(1)] public bool ResolveOpenComments { get; init; }
}
