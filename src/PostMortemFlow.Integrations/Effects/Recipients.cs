using MimeKit;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>
/// Separates recipients that are e-mail addresses from those that are not (chat handles such as "@jnovak",
/// team names), so one unresolvable owner never holds back an e-mail to everyone else.
/// </summary>
public static class Recipients
{
    public static (IReadOnlyList<MailboxAddress> Deliverable, IReadOnlyList<string> Unresolved) Split(IEnumerable<string> recipients)
    {
        var deliverable = new List<MailboxAddress>();
        var unresolved = new List<string>();
        foreach (var recipient in recipients)
        {
            if (MailboxAddress.TryParse(recipient, out var address) && address.Address.IndexOf('@', StringComparison.Ordinal) > 0)
            {
                deliverable.Add(address);
            }
            else
            {
                unresolved.Add(recipient);
            }
        }
        return (deliverable, unresolved);
    }
}
