using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Who a command is from: the person it names, or the workflow itself for what webhooks, timers and effects report.</summary>
internal static class CommandActors
{
    public static string Of(PostMortemCommand command) => command switch
    {
        EditTimeline c => c.By,
        EditAnalysis c => c.By,
        ApproveTimeline c => c.By,
        ApproveAnalysis c => c.By,
        ApproveReport c => c.By,
        RequestChanges c => c.By,
        ChangeActionItemStatus c => c.By,
        ChangeVisibility c => c.By,
        RecordAccount c => c.Person,
        DecideSuggestion c => c.By,
        RestoreVersion c => c.By,
        Cancel c => c.By,
        AddComment c => c.By,
        EditComment c => c.By,
        DeleteComment c => c.By,
        ResolveComment c => c.By,
        _ => PostMortemDecider.System,
    };
}
