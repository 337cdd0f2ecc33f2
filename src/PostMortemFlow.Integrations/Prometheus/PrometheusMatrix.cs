using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>The series of a <c>query_range</c> answer (or of an uploaded export in the same shape).</summary>
public sealed record PrometheusMatrix(IReadOnlyList<PrometheusSeries> Series, string? Warning)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <exception cref="Collection.EvidenceRequestException">The answer is an error envelope.</exception>
    public static async Task<PrometheusMatrix> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        var envelope = await JsonSerializer.DeserializeAsync<Envelope>(json, Json, cancellationToken) ?? new Envelope();
        if (envelope.Status != "success")
        {
            throw new Collection.EvidenceRequestException(422, envelope.Error ?? "Prometheus answered without data", envelope.ErrorType);
        }
        var series = (envelope.Data?.Result ?? []).Select(r => new PrometheusSeries(
            r.Metric ?? [],
            (r.Values ?? []).Where(v => v.Count == 2).Select(v => new MetricSample(
                DateTimeOffset.UnixEpoch.AddSeconds(v[0].GetDouble()),
                double.Parse(v[1].GetString() ?? "NaN", NumberStyles.Float, CultureInfo.InvariantCulture))).ToList())).ToList();
        return new PrometheusMatrix(series, envelope.Warnings is { Count: > 0 } w ? string.Join("; ", w) : null);
    }

    private sealed record Envelope
    {
        public string? Status { get; init; }
        public string? ErrorType { get; init; }
        public string? Error { get; init; }
        public List<string>? Warnings { get; init; }
        public Data? Data { get; init; }
    }

    private sealed record Data
    {
        public string? ResultType { get; init; }
        public List<Result>? Result { get; init; }
    }

    private sealed record Result
    {
        public Dictionary<string, string>? Metric { get; init; }
        [JsonPropertyName("values")]
        public List<List<JsonElement>>? Values { get; init; }
    }
}
