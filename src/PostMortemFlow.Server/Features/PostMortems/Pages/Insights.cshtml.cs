using Microsoft.AspNetCore.Mvc.RazorPages;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Insights;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The trends across post-mortems: the same report as <c>GET /api/insights</c>, drawn.</summary>
public sealed class InsightsModel(IPostMortemCatalog catalog, TimeProvider clock) : PageModel
{
    public InsightsReport Report { get; private set; } = InsightsCalculator.Compute([], DateTimeOffset.UnixEpoch);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Report = InsightsCalculator.Compute(await catalog.FactsAsync(Viewers.Of(User), cancellationToken), clock.GetUtcNow());
}
