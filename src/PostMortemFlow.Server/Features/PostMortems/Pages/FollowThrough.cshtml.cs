using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class FollowThroughModel(IPostMortemWorkflow workflow, ReviewLinks links, TimeProvider clock) : PostMortemPageModel(workflow, links)
{
    public override string Step => "FollowThrough";

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(string itemId, ActionItemStatus status) =>
        await SendAsync(new ChangeActionItemStatus(itemId, status, Actor), $"{itemId} is now {status}.", "action-items");

    public async Task<IActionResult> OnPostRecurrenceAsync() =>
        await SendAsync(new CheckRecurrence(Actor), "A recurrence check is running; its result appears here.", "prevention");

    /// <summary>The latest recurrence check as an SVG chart of the signature's series, publication marked; null without samples.</summary>
    public string? Chart => State.Recurrence is { } check ? RecurrenceChart.Render(check) : null;

    public bool CanCheck => State.PublishedAt is not null && State.Phase is Phase.Tracking or Phase.FollowUp;

    /// <summary>Only web links become anchors; a local tracker's file reference is shown as text.</summary>
    public static bool IsWebLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
