using System.Security.Cryptography;
using System.Text;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>Declares a post-mortem the same way for the JSON API and the declare form.</summary>
public static class PostMortemDeclaration
{
    /// <summary>Sends <see cref="DeclarePostMortem"/> for a body that passed <see cref="DeclareRequest.Problems"/>.</summary>
    public static async Task<(string Id, CommandResult Result)> DeclareAsync(IPostMortemWorkflow workflow, IReadOnlyList<string> sources,
        DeclareRequest body, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var id = NewId(body, idempotencyKey);
        var result = await workflow.ExecuteAsync(id, new DeclarePostMortem(id, body.ToDraft(id), [.. sources], body.Restriction?.ToRestriction()), cancellationToken);
        return (id, result);
    }

    /// <summary>A new id, or with an Idempotency-Key the same id for every retry of the same declaration.</summary>
    private static string NewId(DeclareRequest body, string? idempotencyKey)
    {
        var seed = string.IsNullOrWhiteSpace(idempotencyKey)
            ? RandomNumberGenerator.GetBytes(8)
            : SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey))[..8];
        return $"pm-{body.StartedAt!.Value.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(seed)}";
    }
}
