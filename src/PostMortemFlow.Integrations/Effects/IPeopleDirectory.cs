using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>
/// Finds the one person a timeline actor names. No one, several people, or a directory that refuses the app are
/// answers (a match without an address, saying why); only a directory that is down throws, for the outbox to retry.
/// </summary>
public interface IPeopleDirectory
{
    Task<DirectoryMatch> FindAsync(string actor, CancellationToken cancellationToken = default);
}
