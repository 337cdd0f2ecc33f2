namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>One request the fake cloud received, in arrival order.</summary>
public sealed record RecordedRequest(int Sequence, string Method, string Path, string Query, string? Authorization, string? ContentType, byte[] Body, int Status, string? IfMatch = null)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>The body as JSON; property names match case-insensitively (Kiota writes action parameters as <c>Message</c>, the docs show <c>message</c>).</summary>
    public System.Text.Json.Nodes.JsonNode JsonBody() => System.Text.Json.Nodes.JsonNode.Parse(Body, new System.Text.Json.Nodes.JsonNodeOptions { PropertyNameCaseInsensitive = true })!;
}
