using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// Keeps a post-mortem written before as a read-only historical one. Importing the same content again changes nothing;
/// new content of the same file replaces the document. <see cref="Restriction"/> applies on the first import, and on a
/// changed file when it is given.
/// </summary>
[GenerateSerializer, Alias("pmf.ImportPostMortem")]
public sealed record ImportPostMortem([property: Id(0)] string Id, [property: Id(1)] PostMortem Document, [property: Id(2)] ImportedDocument Source,
    [property: Id(3)] Restriction? Restriction = null) : PostMortemCommand;
