using System.Text;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Documents;

/// <summary>What every document store must do; each implementation derives and supplies the store.</summary>
public abstract class DocumentStoreContractTests
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}/";

    protected abstract IDocumentStore Store { get; }

    private static ReadOnlyMemory<byte> Text(string text) => Encoding.UTF8.GetBytes(text);

    private static string TextOf(StoredDocument? document) => Encoding.UTF8.GetString(document!.Content.Span);

    [ServerFact]
    public async Task Write_New_ThenRead_GivesTheContentAndAVersion()
    {
        var version = await Store.WriteAsync(_prefix + "a.json", Text("{\"n\":1}"), expectedVersion: null);

        var read = await Store.ReadAsync(_prefix + "a.json");
        Assert.NotNull(version);
        Assert.Equal(("{\"n\":1}", version), (TextOf(read), read!.Version));
    }

    [ServerFact]
    public async Task Write_WithTheVersionRead_Replaces_AndAStaleVersionIsRefused()
    {
        var first = await Store.WriteAsync(_prefix + "a.json", Text("1"), expectedVersion: null);
        var second = await Store.WriteAsync(_prefix + "a.json", Text("2"), first);

        Assert.NotNull(second);
        Assert.Null(await Store.WriteAsync(_prefix + "a.json", Text("3"), first));
        Assert.Null(await Store.WriteAsync(_prefix + "a.json", Text("4"), expectedVersion: null));
        Assert.Equal("2", TextOf(await Store.ReadAsync(_prefix + "a.json")));
        Assert.NotNull(await Store.WriteAsync(_prefix + "a.json", Text("5"), DocumentPaths.Any));
        Assert.Equal("5", TextOf(await Store.ReadAsync(_prefix + "a.json")));
    }

    [ServerFact]
    public async Task Write_ManyAtOnceFromOneVersion_OnlyOneWins()
    {
        var start = await Store.WriteAsync(_prefix + "race.json", Text("0"), expectedVersion: null);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Store.WriteAsync(_prefix + "race.json", Text(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), start)));

        Assert.Single(results, r => r is not null);
    }

    [ServerFact]
    public async Task List_Prefix_GivesThePathsInOrder_AndReadOfAMissingOneIsNull()
    {
        await Store.WriteAsync(_prefix + "b/2.json", Text("2"), null);
        await Store.WriteAsync(_prefix + "b/1.json", Text("1"), null);
        await Store.WriteAsync(_prefix + "c.json", Text("c"), null);

        Assert.Equal([_prefix + "b/1.json", _prefix + "b/2.json"], await Store.ListAsync(_prefix + "b/"));
        Assert.Null(await Store.ReadAsync(_prefix + "missing.json"));
        await Store.DeleteAsync(_prefix + "b/1.json");
        await Store.DeleteAsync(_prefix + "never-there.json");
        Assert.Equal([_prefix + "b/2.json"], await Store.ListAsync(_prefix + "b/"));
        Assert.Empty(await Store.ListAsync(_prefix + "nothing/"));
    }

    [ServerFact]
    public async Task ListStamps_Prefix_GivesEachPathWithAStampThatChangesWhenItIsWritten()
    {
        await Store.WriteAsync(_prefix + "s/2.json", Text("2"), null);
        await Store.WriteAsync(_prefix + "s/1.json", Text("1"), null);

        var before = await Store.ListStampsAsync(_prefix + "s/");
        Assert.Equal([_prefix + "s/1.json", _prefix + "s/2.json"], before.Select(s => s.Path));
        Assert.Equal(before, await Store.ListStampsAsync(_prefix + "s/"));

        await Store.WriteAsync(_prefix + "s/2.json", Text("3"), DocumentPaths.Any);
        var after = await Store.ListStampsAsync(_prefix + "s/");
        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1].Stamp, after[1].Stamp);
        await Store.DeleteAsync(_prefix + "s/1.json");
        Assert.Equal([_prefix + "s/2.json"], (await Store.ListStampsAsync(_prefix + "s/")).Select(s => s.Path));
        Assert.Empty(await Store.ListStampsAsync(_prefix + "nothing/"));
    }

    [ServerFact]
    public async Task Delete_TwiceOrInAFolderNeverWritten_IsDone()
    {
        await Store.WriteAsync(_prefix + "inbox/1.json", Text("1"), null);

        await Store.DeleteAsync(_prefix + "inbox/1.json");
        await Store.DeleteAsync(_prefix + "inbox/1.json");
        await Store.DeleteAsync(_prefix + "no-such-folder/1.json");

        Assert.Null(await Store.ReadAsync(_prefix + "inbox/1.json"));
    }
}
