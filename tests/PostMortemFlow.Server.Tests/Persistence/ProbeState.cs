using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Tests.Persistence;

public sealed class ProbeState
{
    public string? Note { get; set; }

    public int Ticks { get; set; }

    public PostMortem? PostMortem { get; set; }
}
