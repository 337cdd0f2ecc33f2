namespace PostMortemFlow.Domain.Publishing;

/// <summary>The links an e-mail carries: a personal signed review link, the post-mortem's page, the published report.</summary>
public sealed record EmailLinks(Uri? Review = null, Uri? PostMortem = null, string? Report = null);
