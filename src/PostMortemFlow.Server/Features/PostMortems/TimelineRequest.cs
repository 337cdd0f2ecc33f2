using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Features.PostMortems;

public sealed record TimelineRequest
{
    public List<TimelineEntry>? Entries { get; init; }
    public string? By { get; init; }
}
