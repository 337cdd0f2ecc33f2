using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Api.PostMortems;

/// <summary><c>POST /api/postmortems/{id}/evidence/uploads?name=…</c>: streams a file into the post-mortem's evidence and collects it.</summary>
public static class EvidenceUploadEndpoint
{
    public static async Task<Results<Accepted<UploadedEvidence>, ProblemHttpResult>> UploadAsync(string id, HttpContext http,
        IPostMortemWorkflow workflow, EvidenceUploads uploads)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound($"No post-mortem {id}.");
        }
        if (state.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return Problems.From(new Rejection { Kind = RejectionKind.WrongPhase, Message = $"Evidence is collected before the timeline is approved; the post-mortem is in {state.Phase}." });
        }
        var names = http.Request.Query["name"];
        if (names.Count > 1)
        {
            return Problems.Invalid("name", "Give the file one name.");
        }
        if (UploadName.Normalize(names.ToString(), out var problem) is not { } name)
        {
            return Problems.Invalid("name", problem);
        }
        UploadedEvidence stored;
        try
        {
            var artifact = await uploads.SaveAsync(id, name, http.Request.Body, http.RequestAborted);
            stored = new UploadedEvidence(artifact.Name, artifact.Bytes);
        }
        catch (UploadTooLargeException tooLarge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", detail: tooLarge.Message);
        }
        var result = await workflow.ExecuteAsync(id, new CollectEvidence(UploadsCollector.SourceName), http.RequestAborted);
        return result.Rejection is { } rejection
            ? Problems.From(rejection)
            : TypedResults.Accepted($"{PostMortemEndpoints.Prefix}/{id}", stored);
    }
}
