using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Tests.Text;

public sealed class WordsTests
{
    [Fact]
    public void Of_EnumValues_ArePeoplesWords()
    {
        Assert.Equal("Change management", Words.Of(FactorCategory.ChangeManagement));
        Assert.Equal("Timeline review", Words.Of(Phase.TimelineReview));
        Assert.Equal("First symptom", Words.Of(TimelineEntryKind.FirstSymptom));
        Assert.Equal("In progress", Words.Of(ActionItemStatus.InProgress));
        Assert.Equal("Won't do", Words.Of(ActionItemStatus.WontDo));
        Assert.Equal("Sev1", Words.Of(Severity.Sev1));
        Assert.Equal("Monitoring", Words.Of(FactorCategory.Monitoring));
    }

    [Theory]
    [InlineData("SendEmail", "Send email")]
    [InlineData("APIGateway", "API gateway")]
    [InlineData("Done", "Done")]
    public void Of_Names_SplitAtWordsAndKeepAcronyms(string name, string words) => Assert.Equal(words, Words.Of(name));
}
