using Microsoft.AspNetCore.Mvc.Rendering;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The options of a select for an enum: posted by name, shown in people's words.</summary>
public static class Choices
{
    public static IReadOnlyList<SelectListItem> Of<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => new SelectListItem(Words.Of(v), v.ToString()))];
}
