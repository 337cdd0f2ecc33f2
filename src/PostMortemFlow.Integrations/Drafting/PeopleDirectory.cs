namespace PostMortemFlow.Integrations.Drafting;

/// <summary><c>Drafting:PeopleDirectory</c>: where timeline actors nothing else matches are looked up, if anywhere.</summary>
public enum PeopleDirectory
{
    /// <summary>Actors are matched by <c>Drafting:People</c> and the post-mortem's own people only.</summary>
    None = 0,
    /// <summary>The Microsoft Graph users of the tenant (<c>User.Read.All</c>), with the <c>Graph:*</c> app.</summary>
    Graph = 1,
}
