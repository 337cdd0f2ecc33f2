using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>One row of the action items table; status and ticket link are kept as they are.</summary>
public sealed class ActionItemForm
{
    public string? Id { get; set; }
    public string? Action { get; set; }
    public string? Owner { get; set; }
    public string? Deadline { get; set; }
    public ActionPriority? Priority { get; set; }
    public FactorCategory? Category { get; set; }
    public ActionItemStatus Status { get; set; }
    public string? TrackerLink { get; set; }
}
