namespace PostMortemFlow.Integrations.Tests.Infrastructure;

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, DateTime At)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
