using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Access;

public sealed class AudienceTests
{
    private const string Group = "0f6c2d4e-1111-2222-3333-444455556666";

    private static readonly PostMortem PostMortem = new()
    {
        Authors = ["ana@example.com"], Reviewers = ["rui@example.com"], ExecutiveSponsor = "vp@example.com",
    };

    private static readonly Audience Restricted = Audience.Of(PostMortem, new Restriction { People = ["legal@example.com"], Groups = [Group] });
    private static readonly Audience Open = Audience.Of(PostMortem, null);

    private static Viewer User(string name, params string[] groups) => Viewer.SignedIn([name], groups);

    [Theory]
    [InlineData("ana@example.com")]
    [InlineData("RUI@example.com")]
    [InlineData("vp@example.com")]
    [InlineData("legal@example.com")]
    public void Restricted_ItsPeopleByAnyCase_MayOpenIt(string name)
    {
        Assert.True(Restricted.Admits(User(name)));
        Assert.True(Restricted.ListsInLibrary(User(name), isPublished: false));
    }

    [Fact]
    public void Restricted_AMemberOfANamedGroup_MayOpenIt_AnOutsiderMayNot()
    {
        Assert.True(Restricted.Admits(User("sec@example.com", Group.ToUpperInvariant())));
        Assert.False(Restricted.Admits(User("eve@example.com", "another-group")));
        Assert.False(Restricted.ListsInLibrary(User("eve@example.com"), isPublished: true));
    }

    [Fact]
    public void WithoutSignIn_TheLocalUserSeesEverything_RestrictionNeedsSignIn()
    {
        Assert.True(Restricted.Admits(Viewer.Local));
        Assert.True(Restricted.ListsInLibrary(Viewer.Local, isPublished: false));
    }

    [Fact]
    public void Open_AnyoneMayOpenIt_TheLibraryShowsItsDraftToItsPeopleOnly()
    {
        Assert.True(Open.Admits(User("eve@example.com")));
        Assert.True(Open.ListsInLibrary(User("eve@example.com"), isPublished: true));
        Assert.False(Open.ListsInLibrary(User("eve@example.com"), isPublished: false));
        Assert.True(Open.ListsInLibrary(User("ana@example.com"), isPublished: false));
    }

    [Fact]
    public void Recipients_OfARestrictedPostMortem_AreItsNamedPeopleOnly()
    {
        string[] to = ["ana@example.com", "omar@example.com", "payments-all@example.com", "LEGAL@example.com"];

        Assert.Equal(["ana@example.com", "LEGAL@example.com"], Restricted.Recipients(to));
        Assert.Equal(to, Open.Recipients(to));
    }
}
