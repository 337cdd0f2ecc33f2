using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Api.PostMortems;

public sealed record TimelineRequest
{
    public List<TimelineEntry>? Entries { get; init; }
    public string? By { get; init; }
}
