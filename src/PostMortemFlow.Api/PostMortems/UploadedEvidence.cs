namespace PostMortemFlow.Api.PostMortems;

/// <summary>The answer to an upload: the name it is stored under and its size.</summary>
public sealed record UploadedEvidence(string Name, long Bytes);
