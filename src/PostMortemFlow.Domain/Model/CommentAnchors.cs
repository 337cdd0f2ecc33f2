using System.Globalization;
using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Model;

/// <summary>The places a comment can be about, and the words of each.</summary>
public static partial class CommentAnchors
{
    public const string PostMortem = "postmortem";

    /// <summary>The words at <paramref name="anchor"/> (a row's event, a factor's description, an item's action); null when there is no such place.</summary>
    public static string? QuoteOf(PostMortem postMortem, string anchor)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        if (anchor == PostMortem)
        {
            return postMortem.Title;
        }
        var match = Place().Match(anchor ?? "");
        if (!match.Success)
        {
            return null;
        }
        var key = match.Groups["key"].Value;
        return match.Groups["list"].Value switch
        {
            "timeline" => Index(key, postMortem.Timeline.Count) is { } row ? postMortem.Timeline[row].Event : null,
            "analysis.factors" => Index(key, postMortem.Analysis.Factors.Count) is { } factor ? postMortem.Analysis.Factors[factor].Description : null,
            _ => postMortem.ActionItems.FirstOrDefault(i => string.Equals(i.Id, key, StringComparison.OrdinalIgnoreCase))?.Action,
        };
    }

    /// <summary>How people read the place: "timeline row 4", "factor 2", "action item AI-002", "the post-mortem".</summary>
    public static string Describe(string anchor)
    {
        var match = Place().Match(anchor ?? "");
        if (!match.Success)
        {
            return "the post-mortem";
        }
        var key = match.Groups["key"].Value;
        return match.Groups["list"].Value switch
        {
            "timeline" => $"timeline row {int.Parse(key, CultureInfo.InvariantCulture) + 1}",
            "analysis.factors" => $"contributing factor {int.Parse(key, CultureInfo.InvariantCulture) + 1}",
            _ => $"action item {key}",
        };
    }

    private static int? Index(string key, int count) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < count ? i : null;

    [GeneratedRegex(@"^(?<list>timeline|analysis\.factors|actionItems)\[(?<key>[^\]]{1,64})\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
