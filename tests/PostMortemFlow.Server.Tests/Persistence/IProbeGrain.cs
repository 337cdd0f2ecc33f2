namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>A grain that keeps its state and counts reminder ticks through the SQLite providers.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task SetNote(string note);

    /// <summary>Stores a Domain post-mortem built inside the grain (Domain types cannot cross grain calls yet).</summary>
    Task SetPostMortemTitle(string title);

    Task<ProbeSnapshot> GetSnapshot();

    Task StartTicking(TimeSpan period);
}
