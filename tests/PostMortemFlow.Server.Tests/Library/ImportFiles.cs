using System.Net.Http.Headers;
using System.Text;

namespace PostMortemFlow.Server.Tests.Library;

/// <summary>Post-mortem files to import: the foreign-layout fixtures, and small ones written for a test.</summary>
public static class ImportFiles
{
    public static string Foreign(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Foreign", name);

    /// <summary>A short report in a common Markdown layout, on a near miss, with one listed contributing factor.</summary>
    public static string NearMiss(string title, string factor) => $"""
        # {title}

        **Date:** 2023-05-17
        **Severity:** near miss

        A rollout was stopped by its canary before any customer saw an error.

        ## Timeline (all times UTC)

        - 09:12 the canary's error ratio rises above the threshold
        - 09:14 the rollout halts itself and the on-call engineer is paged
        - 09:31 the change is reverted

        ## Contributing factors

        - {factor}

        ## Action items

        - Add the missing case to the integration suite (owner: @kim)
        """;

    public static MultipartFormDataContent Form(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    public static (string, byte[]) Text(string name, string content) => (name, Encoding.UTF8.GetBytes(content));

    public static (string, byte[]) File(string fixture) => (fixture, System.IO.File.ReadAllBytes(Foreign(fixture)));
}
