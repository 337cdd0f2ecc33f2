namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>What a restore puts back: the timeline, or everything the analysis review edits.</summary>
public enum RestoredPart
{
    Timeline,
    Analysis,
}
