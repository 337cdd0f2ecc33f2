using System.Text.Json.Serialization;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// An external event for the workflow: from a person, a webhook, a timer or a finished effect. Its JSON names its kind
/// (<c>"$type"</c>), so a command travels whole as a Durable event or activity result.
/// </summary>
[GenerateSerializer, Alias("pmf.PostMortemCommand")]
[JsonDerivedType(typeof(AddComment), "addComment")]
[JsonDerivedType(typeof(EditComment), "editComment")]
[JsonDerivedType(typeof(DeleteComment), "deleteComment")]
[JsonDerivedType(typeof(ResolveComment), "resolveComment")]
[JsonDerivedType(typeof(ApproveAnalysis), "approveAnalysis")]
[JsonDerivedType(typeof(ApproveReport), "approveReport")]
[JsonDerivedType(typeof(ApproveTimeline), "approveTimeline")]
[JsonDerivedType(typeof(Cancel), "cancel")]
[JsonDerivedType(typeof(ChangeActionItemStatus), "changeActionItemStatus")]
[JsonDerivedType(typeof(ChangeVisibility), "changeVisibility")]
[JsonDerivedType(typeof(RecordAccount), "recordAccount")]
[JsonDerivedType(typeof(PersonLookedUp), "personLookedUp")]
[JsonDerivedType(typeof(RequestSuggestions), "requestSuggestions")]
[JsonDerivedType(typeof(SuggestionsDrafted), "suggestionsDrafted")]
[JsonDerivedType(typeof(DecideSuggestion), "decideSuggestion")]
[JsonDerivedType(typeof(CheckRecurrence), "checkRecurrence")]
[JsonDerivedType(typeof(CollectEvidence), "collectEvidence")]
[JsonDerivedType(typeof(CollectorFinished), "collectorFinished")]
[JsonDerivedType(typeof(DeclarePostMortem), "declarePostMortem")]
[JsonDerivedType(typeof(EditAnalysis), "editAnalysis")]
[JsonDerivedType(typeof(EditTimeline), "editTimeline")]
[JsonDerivedType(typeof(EffectFailed), "effectFailed")]
[JsonDerivedType(typeof(EffectSucceeded), "effectSucceeded")]
[JsonDerivedType(typeof(FollowUpScheduled), "followUpScheduled")]
[JsonDerivedType(typeof(Guarded), "guarded")]
[JsonDerivedType(typeof(ImportPostMortem), "importPostMortem")]
[JsonDerivedType(typeof(RecordIncidentEvents), "recordIncidentEvents")]
[JsonDerivedType(typeof(RecurrenceChecked), "recurrenceChecked")]
[JsonDerivedType(typeof(ReportPublished), "reportPublished")]
[JsonDerivedType(typeof(RequestChanges), "requestChanges")]
[JsonDerivedType(typeof(RestoreVersion), "restoreVersion")]
[JsonDerivedType(typeof(TicketCreated), "ticketCreated")]
[JsonDerivedType(typeof(TicketStatusesSynced), "ticketStatusesSynced")]
[JsonDerivedType(typeof(TimerFired), "timerFired")]
public abstract record PostMortemCommand;
