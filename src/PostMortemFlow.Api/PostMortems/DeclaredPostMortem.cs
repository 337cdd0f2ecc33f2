using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>The answer to a declaration: the post-mortem's id and the phase it is in.</summary>
public sealed record DeclaredPostMortem(string Id, Phase Phase);
