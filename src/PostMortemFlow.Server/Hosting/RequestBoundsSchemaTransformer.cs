using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using static PostMortemFlow.Domain.Workflow.PostMortemBounds;
using PostMortemFlow.Application.PostMortems;

namespace PostMortemFlow.Server.Hosting;

/// <summary>
/// Writes the bounds a request is held to (<see cref="PostMortemBounds"/>, checked before anything is queued) into the
/// OpenAPI document as <c>maxLength</c> and <c>maxItems</c>, so a client learns them from the schema, not from a 400.
/// </summary>
public sealed class RequestBoundsSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>(type, JSON property) → (longest text, or of each text in a list; most items in a list).</summary>
    private static readonly Dictionary<(Type, string), (int? Length, int? Items)> Bounds = new()
    {
        [(typeof(DeclareRequest), "title")] = (MaxTitle, null),
        [(typeof(DeclareRequest), "services")] = (MaxName, MaxServices),
        [(typeof(DeclareRequest), "authors")] = (MaxName, MaxPeople),
        [(typeof(DeclareRequest), "reviewers")] = (MaxName, MaxPeople),
        [(typeof(DeclareRequest), "sponsor")] = (MaxName, null),
        [(typeof(TimelineRequest), "entries")] = (null, MaxTimelineRows),
        [(typeof(TimelineEntry), "event")] = (MaxItemText, null),
        [(typeof(TimelineEntry), "source")] = (MaxName, null),
        [(typeof(TimelineEntry), "actor")] = (MaxName, null),
        [(typeof(TimelineEntry), "evidenceRef")] = (MaxItemText, null),
        [(typeof(AnalysisDraft), "summary")] = (MaxProse, null),
        [(typeof(AnalysisDraft), "rootCause")] = (MaxProse, null),
        [(typeof(AnalysisDraft), "actionItems")] = (null, MaxActionItems),
        [(typeof(AnalysisDraft), "whatWentWell")] = (MaxItemText, MaxListItems),
        [(typeof(AnalysisDraft), "lessonsLearned")] = (MaxItemText, MaxListItems),
        [(typeof(Impact), "description")] = (MaxProse, null),
        [(typeof(Analysis), "factors")] = (null, MaxFactors),
        [(typeof(Analysis), "immediateCauses")] = (MaxItemText, MaxListItems),
        [(typeof(Analysis), "systemicIssues")] = (MaxItemText, MaxListItems),
        [(typeof(ContributingFactor), "description")] = (MaxItemText, null),
        [(typeof(ContributingFactor), "whys")] = (MaxItemText, MaxWhys),
        [(typeof(ActionItem), "id")] = (MaxName, null),
        [(typeof(ActionItem), "action")] = (MaxItemText, null),
        [(typeof(ActionItem), "owner")] = (MaxName, null),
        [(typeof(AccountRequest), "answers")] = (null, MaxListItems),
        [(typeof(AccountAnswer), "question")] = (MaxItemText, null),
        [(typeof(AccountAnswer), "answer")] = (MaxItemText, null),
        [(typeof(CommentRequest), "text")] = (MaxItemText, null),
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonPropertyInfo is { DeclaringType: var type, Name: var name } && Bounds.TryGetValue((type, name), out var bound))
        {
            if (bound.Items is { } items)
            {
                schema.MaxItems = items;
                if (bound.Length is { } each && schema.Items is OpenApiSchema item)
                {
                    item.MaxLength = each;
                }
            }
            else if (bound.Length is { } length)
            {
                schema.MaxLength = length;
            }
        }
        return Task.CompletedTask;
    }
}
