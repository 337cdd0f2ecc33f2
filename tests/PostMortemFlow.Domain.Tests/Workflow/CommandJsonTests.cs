using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

/// <summary>Commands travel as JSON in the Functions app (events, the inbox): each kind must be named for its polymorphic JSON.</summary>
public sealed class CommandJsonTests
{
    [Fact]
    public void EveryCommandKind_IsADerivedTypeOfItsJson()
    {
        var named = typeof(PostMortemCommand).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
        var kinds = typeof(PostMortemCommand).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PostMortemCommand)) && !t.IsAbstract).ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Contains(k, named));
    }

    [Fact]
    public void ChangeVisibility_RoundTripsWithItsRestriction()
    {
        PostMortemCommand command = new ChangeVisibility(new Restriction { People = ["legal@example.com"], Groups = ["g-1"] }, "ana@example.com");

        var back = Assert.IsType<ChangeVisibility>(JsonSerializer.Deserialize<PostMortemCommand>(JsonSerializer.Serialize(command)));

        Assert.Equal(command, back);
    }
}
