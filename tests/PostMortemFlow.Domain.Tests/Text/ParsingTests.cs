using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Tests.Text;

public sealed class ParsingTests
{
    [Theory]
    [InlineData("2025-02-09T10:05:00Z", "2025-02-09T10:05:00Z")]
    [InlineData("2025-02-09T12:05:00+02:00", "2025-02-09T10:05:00Z")]
    public void TryParseZoned_ATimeWithItsZone_IsKeptAsUtc(string text, string utc)
    {
        Assert.True(UtcFormat.TryParseZoned(text, out var value));
        Assert.Equal(utc, UtcFormat.Iso(value));
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("2025-02-09T10:05:00")]
    [InlineData("2025-02-09")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseZoned_WithoutAZone_IsRefused(string? text) => Assert.False(UtcFormat.TryParseZoned(text, out _));

    [Theory]
    [InlineData("Monitoring", FactorCategory.Monitoring)]
    [InlineData("monitoring", FactorCategory.Monitoring)]
    public void EnumNames_AName_InAnyCase_IsItsValue(string text, FactorCategory expected)
    {
        Assert.True(EnumNames.TryParse<FactorCategory>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData("Nonsense")]
    [InlineData("")]
    public void EnumNames_ANumberOrAnUnknownName_IsRefused(string text) => Assert.False(EnumNames.TryParse<FactorCategory>(text, out _));
}
