using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Api.PostMortems;

/// <summary><c>POST /api/postmortems/{id}/restore</c>: put the timeline or the analysis back as it was at a version.</summary>
public sealed record RestoreRequest
{
    public long? Version { get; init; }

    public RestoredPart? Part { get; init; }

    public string? By { get; init; }
}
