using System.Text;
using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Domain.Tests.Reviews;

public class ReviewLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReviewLinkSigner Signer = new(Encoding.UTF8.GetBytes("a test key of at least thirty-two bytes!"));
    private static readonly ReviewLink Link = new("pm-20250209-1a2b", "rui@example.com", ReviewPurpose.TimelineReview, Now.AddDays(7));

    [Fact]
    public void Verify_FreshLink_IsValidAndSaysWhoAndWhat()
    {
        var (verdict, link) = Signer.Verify(Signer.Sign(Link), ReviewPurpose.TimelineReview, Now);

        Assert.Equal(ReviewLinkVerdict.Valid, verdict);
        Assert.Equal(Link, link);
    }

    [Fact]
    public void Verify_AfterExpiry_IsExpired()
    {
        Assert.Equal(ReviewLinkVerdict.Expired, Signer.Verify(Signer.Sign(Link), ReviewPurpose.TimelineReview, Link.ExpiresAt).Verdict);
    }

    [Fact]
    public void Verify_OtherPurpose_IsRefused()
    {
        Assert.Equal(ReviewLinkVerdict.WrongPurpose, Signer.Verify(Signer.Sign(Link), ReviewPurpose.Approval, Now).Verdict);
    }

    public static TheoryData<string> Tamperings() => new()
    {
        "",
        "no-dot",
        "!!!.???",
        Encoded(ReviewPurpose.Approval) + "." + Signer.Sign(Link).Split('.')[1],
        Signer.Sign(Link) + "x",
        Signer.Sign(Link with { Reviewer = "eve@example.com" }).Split('.')[0] + "." + Signer.Sign(Link).Split('.')[1],
        new ReviewLinkSigner(Encoding.UTF8.GetBytes("another key of at least thirty-two bytes")).Sign(Link),
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void Verify_TamperedToken_IsTampered(string token)
    {
        Assert.Equal(ReviewLinkVerdict.Tampered, Signer.Verify(token, ReviewPurpose.TimelineReview, Now).Verdict);
    }

    [Fact]
    public void New_ShortKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ReviewLinkSigner(new byte[16]));
    }

    private static string Encoded(ReviewPurpose purpose) =>
        Signer.Sign(Link with { Purpose = purpose }).Split('.')[0];
}
