using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>No people directory is configured: every actor stays for the authors to forward by hand.</summary>
public sealed class NoPeopleDirectory : IPeopleDirectory
{
    public Task<DirectoryMatch> FindAsync(string actor, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DirectoryMatch { Actor = actor, Note = "no people directory is configured (Drafting:PeopleDirectory)" });
}
