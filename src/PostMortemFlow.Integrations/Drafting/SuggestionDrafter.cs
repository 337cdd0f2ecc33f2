using System.ClientModel;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Integrations.Drafting;

/// <summary>
/// One drafting round: the prompt (timeline, computed impact, excerpts of the evidence files the rows were drafted
/// from, alert names) is redacted and stored under the
/// post-mortem's <c>drafting/</c> evidence, sent with the answer's JSON schema, the answer stored beside it, then
/// grounded and linted (<see cref="GroundedSuggestions"/>). A restricted post-mortem sends nothing unless allowed.
/// </summary>
public sealed class SuggestionDrafter(IChatClient chat, IArtifactStore store, IOptions<DraftingOptions> options, PostMortemMetrics metrics,
    ILogger<SuggestionDrafter> logger) : ISuggestionDrafter
{
    public const string Source = "drafting";

    private static readonly JsonElement Schema = JsonDocument.Parse(SuggestionSchema.Json).RootElement.Clone();

    public async Task<SuggestionsDrafted> DraftAsync(PostMortemState state, int round, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var settings = options.Value;
        if (state.Restriction is not null && !settings.IncludeRestricted)
        {
            return Unavailable(round, "This post-mortem is restricted: nothing of it is sent to a model unless Drafting:IncludeRestricted is true.");
        }
        var prompt = DraftingPrompt.For(state.PostMortem, state.ComputedImpacts, await ExcerptsAsync(state, cancellationToken));
        // The instructions are the same for every post-mortem; what varies, the material, is stored and sent as redacted.
        var material = await StoreAsync(state.Id, $"round-{round}-prompt.txt", prompt.Material, cancellationToken);
        ChatResponse response;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(settings.Timeout);
            try
            {
                response = await chat.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, prompt.Instructions), new ChatMessage(ChatRole.User, material)],
                    new ChatOptions
                    {
                        ResponseFormat = ChatResponseFormat.ForJsonSchema(Schema, SuggestionSchema.Name, "Grounded post-mortem suggestions"),
                        MaxOutputTokens = settings.MaxOutputTokens,
                        Temperature = 0.2f,
                    },
                    timeout.Token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                var reason = timeout.IsCancellationRequested || e is TimeoutRejectedException
                    ? $"The model did not answer within {settings.Timeout.TotalSeconds:0} s."
                    : e is ClientResultException { Status: > 0 } refused ? $"The model endpoint answered {refused.Status}."
                    : e is ClientResultException or HttpRequestException ? "The model endpoint could not be reached." : $"Drafting failed ({e.GetType().Name}).";
                logger.LogWarning("Drafting for {PostMortemId} round {Round}: {Reason}", state.Id, round, reason);
                return Unavailable(round, reason);
            }
        }
        var tokens = response.Usage?.TotalTokenCount ?? (response.Usage?.InputTokenCount ?? 0) + (response.Usage?.OutputTokenCount ?? 0);
        metrics.DraftingTokens(tokens);
        await StoreAsync(state.Id, $"round-{round}-answer.json", response.Text, cancellationToken);
        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return Unavailable(round, "The model declined to answer (content filter).", tokens);
        }
        try
        {
            var (suggestions, notes) = GroundedSuggestions.From(response.Text, prompt, state.PostMortem);
            return new SuggestionsDrafted(round, DraftingStatus.Ready, suggestions.IsEmpty ? "Nothing the model suggested was grounded in the timeline and the impact." : null,
                suggestions, notes, tokens);
        }
        catch (FormatException e)
        {
            return Unavailable(round, $"The model's answer did not follow the schema: {e.Message}.", tokens);
        }
    }

    /// <summary>
    /// The excerpt of each evidence file the timeline cites, read as stored (so already redacted); a file that is gone
    /// or belongs to another post-mortem is left out.
    /// </summary>
    private async Task<Dictionary<string, string>> ExcerptsAsync(PostMortemState state, CancellationToken cancellationToken)
    {
        const int MaxCharacters = 1 << 18;
        var excerpts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var evidence in DraftingPrompt.EvidenceRefs(state.PostMortem))
        {
            if (ArtifactKey.FromReference(state.Id, evidence) is not { } key)
            {
                continue;
            }
            await using var stored = await store.OpenReadAsync(key, cancellationToken);
            if (stored is null)
            {
                continue;
            }
            using var reader = new StreamReader(stored, Encoding.UTF8);
            var buffer = new char[MaxCharacters];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            excerpts[evidence] = EvidenceExcerpt.Of(new string(buffer, 0, read));
        }
        return excerpts;
    }

    private static SuggestionsDrafted Unavailable(int round, string reason, long tokens = 0) =>
        new(round, DraftingStatus.Unavailable, reason, [], [], tokens);

    /// <summary>Stores the text redacted, and returns it as stored: what is sent is exactly what is kept for audit.</summary>
    private async Task<string> StoreAsync(string postMortemId, string name, string text, CancellationToken cancellationToken)
    {
        var key = new ArtifactKey(postMortemId, Source, name);
        await using (var content = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            await store.WriteRedactedAsync(key, content, cancellationToken);
        }
        await using var stored = await store.OpenReadAsync(key, cancellationToken) ?? throw new InvalidOperationException($"{name} was not stored");
        using var reader = new StreamReader(stored, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
