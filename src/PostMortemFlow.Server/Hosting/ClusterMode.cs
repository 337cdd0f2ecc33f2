namespace PostMortemFlow.Server.Hosting;

public enum ClusterMode
{
    /// <summary>One process; state and reminders in a SQLite file under <c>Storage:DataPath</c>.</summary>
    Embedded = 0,
    /// <summary>Many silos; clustering, state and reminders in Redis.</summary>
    Redis = 1,
}
