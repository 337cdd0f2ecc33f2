using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PostMortemFlow.Server.Hosting;

/// <summary>Shows the optional <c>If-Match</c> header on every operation that can answer 412, in the OpenAPI document.</summary>
public sealed class IfMatchHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Responses?.ContainsKey("412") == true)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = "The version the change was made on, as the ETag gave it (\"12\"). Without it the last write wins; "
                    + "with it, a change someone else made since is answered 412 with what changed.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }
}
