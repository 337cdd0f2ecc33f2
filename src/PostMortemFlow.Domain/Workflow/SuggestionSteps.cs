using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Drafting suggestions: asked for by a person, drafted by an effect, taken or dismissed by a person.</summary>
internal static class SuggestionSteps
{
    internal static Rejection? OnRequest(DecisionBuilder b, RequestSuggestions c, DraftingSettings settings)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        if (!settings.SuggestionsEnabled)
        {
            return new Rejection { Kind = RejectionKind.WrongPhase, Message = "Drafting suggestions are off: no model is configured (Drafting:Provider)." };
        }
        var previous = b.State.Drafting;
        var run = new DraftingRun
        {
            Round = (previous?.Round ?? 0) + 1, RequestedBy = c.By, RequestedAt = b.Now, TokensUsed = previous?.TokensUsed ?? 0,
        };
        if (b.State.Restriction is not null && !settings.IncludeRestricted)
        {
            run = run with { Status = DraftingStatus.Unavailable, Reason = "This post-mortem is restricted: nothing of it is sent to a model unless Drafting:IncludeRestricted is true." };
        }
        else if (run.TokensUsed >= settings.MaxTokensPerPostMortem)
        {
            run = run with { Status = DraftingStatus.Unavailable, Reason = $"This post-mortem's drafting has used its {settings.MaxTokensPerPostMortem} tokens (Drafting:MaxTokensPerPostMortem)." };
        }
        b.Update(s => s with { Drafting = run });
        if (run.Status == DraftingStatus.Requested)
        {
            b.Enqueue($"draft:{run.Round}", EffectKind.DraftSuggestions);
        }
        return null;
    }

    internal static Rejection? OnDrafted(DecisionBuilder b, SuggestionsDrafted c)
    {
        if (b.State.Drafting is not { Status: DraftingStatus.Requested } run || run.Round != c.Round)
        {
            return null;
        }
        b.Update(s => s with
        {
            Drafting = run with
            {
                Status = c.Status == DraftingStatus.Ready ? DraftingStatus.Ready : DraftingStatus.Unavailable,
                Reason = c.Reason,
                Suggestions = c.Suggestions,
                Notes = c.Notes,
                TokensUsed = run.TokensUsed + Math.Max(0, c.Tokens),
            },
        });
        return null;
    }

    internal static Rejection? OnDecide(DecisionBuilder b, DecideSuggestion c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var run = b.State.Drafting;
        var suggestion = run?.Suggestions.Find(s => s.Id == c.SuggestionId);
        if (run is null || suggestion is null)
        {
            return Rejections.Invalid("suggestionId", $"No suggestion {c.SuggestionId} in the latest drafting round.");
        }
        if (suggestion.Status != SuggestionStatus.Open)
        {
            return null;
        }
        if (c.Accept)
        {
            if (Taken(b.State.PostMortem, suggestion) is not { } taken)
            {
                return Rejections.Invalid("suggestionId", "A question for the next why goes under a contributing factor: add a factor first.");
            }
            b.Update(s => s with { PostMortem = taken });
            b.Note(c.By, $"took suggestion {suggestion.Id} ({Text.Words.Of(suggestion.Kind).ToLowerInvariant()}) from drafting round {run.Round} into the analysis");
        }
        var decided = suggestion with { Status = c.Accept ? SuggestionStatus.Accepted : SuggestionStatus.Dismissed, DecidedBy = c.By };
        b.Update(s => s with { Drafting = run with { Suggestions = run.Suggestions.Replace(suggestion, decided) } });
        return null;
    }

    /// <summary>The post-mortem with the suggestion in its field; null when it has nowhere to go.</summary>
    private static PostMortem? Taken(PostMortem postMortem, Suggestion suggestion) => suggestion.Kind switch
    {
        SuggestionKind.Summary => postMortem with { Summary = suggestion.Text },
        SuggestionKind.ImpactNarrative => postMortem with
        {
            Impact = postMortem.Impact with { Description = Join(postMortem.Impact.Description, suggestion.Text) },
        },
        SuggestionKind.RootCause => postMortem with { RootCause = suggestion.Text },
        SuggestionKind.ContributingFactor => postMortem with
        {
            Analysis = postMortem.Analysis with
            {
                Factors = postMortem.Analysis.Factors.Add(new ContributingFactor
                {
                    Description = suggestion.Text,
                    Category = suggestion.Category ?? FactorCategory.Other,
                    Whys = suggestion.FirstWhy is { Length: > 0 } why ? [why] : [],
                }),
            },
        },
        SuggestionKind.NextWhyQuestion when postMortem.Analysis.Factors.Count > 0 => postMortem with
        {
            Analysis = postMortem.Analysis with
            {
                Factors = postMortem.Analysis.Factors.SetItem(postMortem.Analysis.Factors.Count - 1,
                    postMortem.Analysis.Factors[^1] with { Whys = postMortem.Analysis.Factors[^1].Whys.Add(suggestion.Text) }),
            },
        },
        SuggestionKind.Lesson => postMortem with { LessonsLearned = postMortem.LessonsLearned.Add(suggestion.Text) },
        _ => null,
    };

    private static string Join(string written, string added) => string.IsNullOrWhiteSpace(written) ? added : written.TrimEnd() + "\n\n" + added;
}
