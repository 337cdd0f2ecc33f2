using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Tests.TestData;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

/// <summary>Drives the decider through commands with a hand-moved clock, like the grain would.</summary>
internal sealed class WorkflowScenario
{
    public static readonly DateTimeOffset IncidentStart = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset IncidentEnd = new(2025, 2, 9, 10, 35, 0, TimeSpan.Zero);

    public WorkflowSettings Settings { get; init; } = WorkflowSettings.Default;
    public PostMortemState State { get; private set; } = new();
    public DateTimeOffset Now { get; set; } = IncidentEnd.AddMinutes(5);
    public Decision Last { get; private set; } = Decision.Unchanged(new PostMortemState());

    /// <summary>The seed example with people to mail and, when given, its action items replaced.</summary>
    public static PostMortem Draft(params ActionItem[] items)
    {
        var valid = TestPostMortems.Valid();
        return valid with
        {
            Title = "API degradation",
            Incident = valid.Incident with { Id = "INC-42", StartedAt = IncidentStart, EndedAt = IncidentEnd },
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com", "mei@example.com"],
            ExecutiveSponsor = "vp@example.com",
            ActionItems = items.Length == 0 ? valid.ActionItems : [.. items],
        };
    }

    public static ActionItem Item(string id, ActionPriority priority, DateOnly deadline, string owner = "omar@example.com") => new()
    {
        Id = id, Action = $"Add a connection pool saturation panel to the API dashboard for the {id} work", Owner = owner, Deadline = deadline, Priority = priority,
    };

    public Decision Send(PostMortemCommand command)
    {
        Last = PostMortemDecider.Decide(State, command, Now, Settings);
        State = Last.State;
        return Last;
    }

    public Decision At(DateTimeOffset now, PostMortemCommand command)
    {
        Now = now;
        return Send(command);
    }

    public WorkflowScenario Declared(PostMortem? draft = null, params string[] sources)
    {
        Send(new DeclarePostMortem("pm-1", draft ?? Draft(), [.. sources]));
        return this;
    }

    /// <summary>Runs every due outbox effect as if its executor succeeded, feeding the outcome the executor would report.</summary>
    public void CompleteOutbox(Func<OutboxEntry, PostMortemCommand?>? outcome = null)
    {
        foreach (var entry in State.Outbox.Where(e => e.NextAttemptAt <= Now).ToList())
        {
            Send(new EffectSucceeded(entry.Id, outcome?.Invoke(entry)));
        }
    }

    public WorkflowScenario Published(string location = "https://sharepoint.example/pm-1")
    {
        Declared(Draft(Item("AI-001", ActionPriority.High, new DateOnly(2025, 3, 1)), Item("AI-002", ActionPriority.Low, new DateOnly(2025, 4, 1))));
        Send(new ApproveTimeline("rui@example.com"));
        Send(new ApproveAnalysis("rui@example.com"));
        Send(new ApproveReport("rui@example.com"));
        CompleteOutbox(e => e.Kind == EffectKind.PublishReport ? new ReportPublished(location) : null);
        return this;
    }

    public IEnumerable<EmailMessage> Emails(EmailPurpose purpose) =>
        State.Outbox.Concat(Last.NewEffects).Where(e => e.Email?.Purpose == purpose).Select(e => e.Email!).Distinct();
}
