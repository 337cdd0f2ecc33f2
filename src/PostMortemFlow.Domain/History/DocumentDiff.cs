using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.History;

/// <summary>
/// The difference between two versions of a post-mortem as field edits, and the way back: lists are compared element by
/// element (longest common run), so a row added among a thousand is one edit, not a thousand.
/// </summary>
public static class DocumentDiff
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() }, TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonTypeInfo Document = Json.GetTypeInfo(typeof(PostMortem));

    /// <remarks>
    /// Only the sections that are not the same object on both sides are written out and compared, so an edit of the
    /// timeline costs the timeline, not the whole post-mortem. Records compare their lists by reference, so equal
    /// sections are equal in content too.
    /// </remarks>
    public static ImmutableList<FieldEdit> Between(PostMortem before, PostMortem after)
    {
        var edits = ImmutableList.CreateBuilder<FieldEdit>();
        foreach (var section in Document.Properties)
        {
            var (older, newer) = (section.Get!(before), section.Get!(after));
            if (!Equals(older, newer))
            {
                Compare([section.Name], JsonSerializer.SerializeToNode(older, section.PropertyType, Json),
                    JsonSerializer.SerializeToNode(newer, section.PropertyType, Json), edits);
            }
        }
        return edits.ToImmutable();
    }

    /// <summary>The version before <paramref name="edits"/> were made, from the version they made.</summary>
    public static PostMortem Undo(PostMortem after, IReadOnlyList<FieldEdit> edits) =>
        Undo(ToNode(after), edits, 0)?.Deserialize<PostMortem>(Json) ?? new PostMortem();

    /// <summary>A value of the document as JSON, the form the edits keep their values in.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    private static JsonNode? ToNode(PostMortem document) => JsonSerializer.SerializeToNode(document, Json);

    private static void Compare(ImmutableList<string> path, JsonNode? before, JsonNode? after, ImmutableList<FieldEdit>.Builder edits)
    {
        if (JsonNode.DeepEquals(before, after))
        {
            return;
        }
        switch (before, after)
        {
            case (JsonObject older, JsonObject newer):
                foreach (var key in older.Select(p => p.Key).Concat(newer.Select(p => p.Key).Where(k => !older.ContainsKey(k))))
                {
                    Compare(path.Add(key), older[key], newer[key], edits);
                }
                break;
            case (JsonArray older, JsonArray newer):
                CompareLists(path, older, newer, edits);
                break;
            default:
                edits.Add(new FieldEdit { Path = path, Kind = EditKind.Changed, Before = Text(before), After = Text(after) });
                break;
        }
    }

    /// <summary>
    /// Elements kept in order are matched first; between two kept runs, the older and newer elements are paired in order
    /// and compared field by field, and what is left over was removed or added.
    /// </summary>
    private static void CompareLists(ImmutableList<string> path, JsonArray older, JsonArray newer, ImmutableList<FieldEdit>.Builder edits)
    {
        var kept = CommonRun.Of(older.Select(Text).ToList(), newer.Select(Text).ToList());
        int i = 0, j = 0;
        foreach (var (keptOld, keptNew) in kept.Append((older.Count, newer.Count)))
        {
            var paired = Math.Min(keptOld - i, keptNew - j);
            for (var p = 0; p < paired; p++)
            {
                Compare(path.Add(Index(j + p)), older[i + p], newer[j + p], edits);
            }
            for (var r = i + paired; r < keptOld; r++)
            {
                edits.Add(new FieldEdit { Path = path.Add(Index(r)), Kind = EditKind.Removed, Before = Text(older[r]) });
            }
            for (var a = j + paired; a < keptNew; a++)
            {
                edits.Add(new FieldEdit { Path = path.Add(Index(a)), Kind = EditKind.Added, After = Text(newer[a]) });
            }
            i = keptOld + 1;
            j = keptNew + 1;
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Index(int i) => $"[{i}]";

    private static JsonNode? Undo(JsonNode? node, IReadOnlyList<FieldEdit> edits, int depth)
    {
        if (edits.FirstOrDefault(e => e.Path.Count == depth) is { } whole)
        {
            return whole.Before is null ? null : JsonNode.Parse(whole.Before);
        }
        var below = edits.GroupBy(e => e.Path[depth]).ToList();
        switch (node)
        {
            case JsonObject obj:
                foreach (var group in below)
                {
                    obj[group.Key] = Undo(Detach(obj[group.Key]), [.. group], depth + 1);
                }
                return obj;
            case JsonArray list:
                UndoList(list, below, depth);
                return list;
            default:
                return node;
        }
    }

    /// <summary>Inner edits first, at the newer indices; then the added elements go, then the removed ones come back at their older indices.</summary>
    private static void UndoList(JsonArray list, List<IGrouping<string, FieldEdit>> edits, int depth)
    {
        bool Structural(FieldEdit e) => e.Path.Count == depth + 1 && e.Kind != EditKind.Changed;
        // A removed element's older index can be a changed element's newer one, so the two kinds are told apart by edit, not by index.
        foreach (var group in edits.SelectMany(g => g).Where(e => !Structural(e)).GroupBy(e => e.Path[depth]))
        {
            var at = IndexOf(group.Key);
            list[at] = Undo(Detach(list[at]), [.. group], depth + 1);
        }
        var structural = edits.SelectMany(g => g).Where(Structural).ToList();
        foreach (var added in structural.Where(e => e.Kind == EditKind.Added).Select(e => IndexOf(e.Path[depth])).OrderDescending())
        {
            list.RemoveAt(added);
        }
        foreach (var removed in structural.Where(e => e.Kind == EditKind.Removed).OrderBy(e => IndexOf(e.Path[depth])))
        {
            list.Insert(IndexOf(removed.Path[depth]), JsonNode.Parse(removed.Before ?? "null"));
        }
    }

    private static JsonNode? Detach(JsonNode? node) => node?.DeepClone();

    private static int IndexOf(string segment) => int.Parse(segment.AsSpan(1, segment.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
}
