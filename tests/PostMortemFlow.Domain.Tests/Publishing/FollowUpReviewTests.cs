using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Publishing;

public class FollowUpReviewTests
{
    [Fact]
    public void Attendees_AuthorsOpenItemOwnersAndSponsor_EachOnce()
    {
        var seed = SeedExample.Create();
        var postMortem = seed with
        {
            Authors = ["ana@example.com", "ANA@example.com"],
            ExecutiveSponsor = "vp@example.com",
            ActionItems =
            [
                seed.ActionItems[0] with { Owner = "omar@example.com" },
                seed.ActionItems[1] with { Owner = "done@example.com", Status = ActionItemStatus.Done },
                seed.ActionItems[2] with { Owner = null },
            ],
        };

        Assert.Equal(["ana@example.com", "omar@example.com", "vp@example.com"], FollowUpReview.Attendees(new PostMortemState { PostMortem = postMortem }));
    }

    [Fact]
    public void Attendees_OfARestrictedPostMortem_AreItsPeopleOnly()
    {
        var seed = SeedExample.Create();
        var postMortem = seed with
        {
            Authors = ["ana@example.com"], Reviewers = [], ExecutiveSponsor = "vp@example.com",
            ActionItems = [seed.ActionItems[0] with { Owner = "omar@example.com" }, seed.ActionItems[1] with { Owner = "legal@example.com" }],
        };
        var state = new PostMortemState { PostMortem = postMortem, Restriction = new Restriction { People = ["legal@example.com"] } };

        Assert.Equal(["ana@example.com", "legal@example.com", "vp@example.com"], FollowUpReview.Attendees(state));
    }
}
