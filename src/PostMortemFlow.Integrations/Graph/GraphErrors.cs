using System.Net;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>Turns Graph and sign-in failures into one <see cref="PublishingException"/> with a message a person can act on.</summary>
internal static class GraphErrors
{
    public static async Task<T> Call<T>(string what, string permission, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException error)
        {
            throw From(error, what, permission);
        }
        catch (AuthenticationFailedException error)
        {
            throw new PublishingException(
                $"Graph {what}: could not get a token for the app ({error.GetType().Name}). Check Graph:TenantId, Graph:ClientId and the credential.",
                null, isPermanent: true, error);
        }
    }

    public static Task Call(string what, string permission, Func<Task> call) =>
        Call<bool>(what, permission, async () => { await call(); return true; });

    public static PublishingException From(ApiException error, string what, string permission)
    {
        var status = error.ResponseStatusCode;
        var detail = error is ODataError { Error: { } odata }
            ? $"{status} {odata.Code}: {odata.Message}"
            : $"{status}: {error.Message}";
        var hint = status switch
        {
            (int)HttpStatusCode.Unauthorized => " The app's token was refused: check the tenant, client id and credential.",
            (int)HttpStatusCode.Forbidden => $" The app lacks a permission: grant {permission} (admin consent) and retry.",
            (int)HttpStatusCode.NotFound => " Not found: check the mailbox, site, drive, plan or bucket in the settings.",
            (int)HttpStatusCode.BadRequest => " The request was refused as invalid (a bad address or setting?).",
            429 => " Throttled; the outbox retries with back-off.",
            >= 500 => " Graph is unavailable; the outbox retries with back-off.",
            _ => "",
        };
        var permanent = status is >= 400 and < 500 and not 408 and not 409 and not 429;
        return new PublishingException($"Graph {what} failed: {detail}.{hint}", status, permanent, error);
    }
}
