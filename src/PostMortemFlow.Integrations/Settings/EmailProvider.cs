namespace PostMortemFlow.Integrations.Settings;

/// <summary>Setting <c>Email:Provider</c>: where the workflow's e-mails go.</summary>
public enum EmailProvider
{
    /// <summary><c>.eml</c> files in the local outbox folder.</summary>
    Local = 0,
    /// <summary>Graph <c>sendMail</c> from <c>Graph:SenderMailbox</c>.</summary>
    Graph = 1,
}
