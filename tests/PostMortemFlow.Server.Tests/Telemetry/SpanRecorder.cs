using System.Collections.Concurrent;
using System.Diagnostics;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>Records the <see cref="PostMortemTelemetry.Name"/> spans that end while it listens; other tests' spans are told apart by post-mortem id.</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PostMortemTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Of(string postMortemId) =>
        [.. _spans.Where(s => Equals(s.GetTagItem(PostMortemTelemetry.PostMortemId), postMortemId))];

    public Activity Single(string postMortemId, string name) => Assert.Single(Of(postMortemId), s => s.DisplayName == name);

    public void Dispose() => _listener.Dispose();
}
