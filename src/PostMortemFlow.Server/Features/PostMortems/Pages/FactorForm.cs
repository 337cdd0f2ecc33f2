using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class FactorForm
{
    public string? Description { get; set; }
    public FactorCategory Category { get; set; } = FactorCategory.Other;
    public List<string?> Whys { get; set; } = [];
}
