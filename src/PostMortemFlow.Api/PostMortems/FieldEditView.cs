using System.Text.Json.Nodes;
using PostMortemFlow.Domain.History;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>One difference of a change, with its values as JSON rather than JSON in a string.</summary>
public sealed record FieldEditView(string Field, EditKind Kind, JsonNode? Before, JsonNode? After)
{
    public static FieldEditView From(FieldEdit edit) =>
        new(edit.Field, edit.Kind, edit.Before is null ? null : JsonNode.Parse(edit.Before), edit.After is null ? null : JsonNode.Parse(edit.After));
}
