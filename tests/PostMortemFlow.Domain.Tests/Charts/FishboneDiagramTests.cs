using System.Xml.Linq;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Charts;

public sealed class FishboneDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(string effect, params ContributingFactor[] factors) => XElement.Parse(FishboneDiagram.Render(effect, factors));

    private static IEnumerable<XElement> Bones(XElement svg) => svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "bone");

    [Fact]
    public void Render_AnyAnalysis_HasASpineToTheEffectAndOneBonePerCategory()
    {
        var svg = Parse("Orders API degradation", new ContributingFactor { Description = "No alert on pool saturation", Category = FactorCategory.Monitoring });

        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "spine");
        var effect = Assert.Single(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "effect");
        Assert.Equal("Orders API degradation", string.Concat(effect.Descendants(Svg + "tspan").Select(t => t.Value)));
        Assert.Equal(Enum.GetNames<FactorCategory>(), Bones(svg).Select(b => (string)b.Attribute("data-category")!));
        Assert.All(Bones(svg), b => Assert.Single(b.Elements(Svg + "text"), t => (string?)t.Attribute("class") == "category"));
    }

    [Fact]
    public void Render_FactorsOfACategory_AreRibsOnItsBoneWithTheirText()
    {
        var svg = XElement.Parse(FishboneDiagram.Render(TestPostMortems.Valid()));
        var factors = TestPostMortems.Valid().Analysis.Factors;

        foreach (var category in Enum.GetValues<FactorCategory>())
        {
            var bone = Bones(svg).Single(b => (string?)b.Attribute("data-category") == category.ToString());
            var ribs = bone.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "rib").ToList();
            var own = factors.Where(f => f.Category == category).ToList();
            Assert.Equal(own.Select(f => f.Description), ribs.Select(r => r.Element(Svg + "title")!.Value));
            Assert.All(ribs, r => Assert.Single(r.Elements(Svg + "line")));
            Assert.Equal(own.Count == 0 ? "0.5" : null, (string?)bone.Attribute("opacity"));
            Assert.Equal(own.Count == 0 ? Domain.Text.Words.Of(category) : $"{Domain.Text.Words.Of(category)} ({own.Count})",
                bone.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "category").Value);
        }
        Assert.True(factors.Select(f => f.Category).Distinct().Count() >= 2, "the test post-mortem should fill at least two bones");
    }

    [Fact]
    public void Render_LongFactor_IsWrappedOntoAtMostThreeLinesWithTheWholeTextInItsTitle()
    {
        var text = string.Join(' ', Enumerable.Repeat("connection pool exhausted", 12));
        var svg = Parse("x", new ContributingFactor { Description = text, Category = FactorCategory.Capacity });

        var rib = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "rib");
        var lines = rib.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 28, l));
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
        Assert.Equal(text, rib.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_MarkupInTexts_IsEncodedNotMarkup()
    {
        var raw = FishboneDiagram.Render("<script>alert(1)</script> & co", [new ContributingFactor { Description = "<svg onload=alert(1)> \"quoted\"", Category = FactorCategory.Testing }]);
        var svg = XElement.Parse(raw);

        Assert.DoesNotContain("<script", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.Single(svg.Descendants(Svg + "svg").Prepend(svg));
        Assert.Equal("Fishbone diagram: <script>alert(1)</script> & co", svg.Element(Svg + "title")!.Value);
        Assert.Contains("Testing: <svg onload=alert(1)> \"quoted\"", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoFactors_StillDrawsEveryBoneFaded()
    {
        var svg = Parse("");

        Assert.Equal(8, Bones(svg).Count(b => (string?)b.Attribute("opacity") == "0.5"));
        Assert.Contains("The incident", svg.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }
}
