using System.Globalization;
using Microsoft.Kiota.Abstractions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// Looks a timeline actor up among the tenant's users: a display or given name, a mail nickname or the part of the
/// sign-in name before the @ equal to it. Exactly one user with an address is a match; several are never guessed between.
/// </summary>
public sealed class GraphPeopleDirectory(GraphConnection graph) : IPeopleDirectory
{
    /// <summary>Enough to tell one from several; a name shared by more is "5 or more".</summary>
    private const int Enough = 5;

    public async Task<DirectoryMatch> FindAsync(string actor, CancellationToken cancellationToken = default)
    {
        var name = actor.Trim().TrimStart('@');
        var literal = name.Replace("'", "''", StringComparison.Ordinal);
        try
        {
            var page = await graph.Client.Users.GetAsync(request =>
            {
                request.QueryParameters.Filter =
                    $"displayName eq '{literal}' or givenName eq '{literal}' or mailNickname eq '{literal}' or startswith(userPrincipalName,'{literal}@')";
                request.QueryParameters.Select = ["displayName", "mail", "userPrincipalName"];
                request.QueryParameters.Top = Enough;
            }, cancellationToken);
            var people = (page?.Value ?? []).Select(u => (Name: u.DisplayName ?? name, Address: u.Mail ?? u.UserPrincipalName))
                .Where(u => !string.IsNullOrWhiteSpace(u.Address) && u.Address.Contains('@', StringComparison.Ordinal))
                .ToList();
            return people.Count switch
            {
                1 => new DirectoryMatch { Actor = actor, Address = people[0].Address, Note = $"{people[0].Name} in the directory" },
                0 => new DirectoryMatch { Actor = actor, Note = $"no one in the directory is called {name}" },
                _ => new DirectoryMatch
                {
                    Actor = actor,
                    Note = $"{(people.Count >= Enough ? $"{Enough} or more" : people.Count.ToString(CultureInfo.InvariantCulture))} people in the directory match {name}",
                },
            };
        }
        catch (ApiException error)
        {
            var failure = GraphErrors.From(error, $"looking up {name} in the directory", "User.Read.All");
            return failure.IsPermanent ? new DirectoryMatch { Actor = actor, Note = failure.Message } : throw failure;
        }
    }
}
