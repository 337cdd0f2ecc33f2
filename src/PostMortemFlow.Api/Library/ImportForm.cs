using System.Globalization;
using Microsoft.AspNetCore.Http;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Api.Library;

/// <summary>What an import form asks for besides its files: a dry run, a restriction; or its problems by field.</summary>
public sealed record ImportForm(bool DryRun, Restriction? Restriction, Dictionary<string, string[]> Problems)
{
    public static ImportForm Read(IFormCollection form, IQueryCollection query, LibraryImportOptions bounds)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(bounds);
        var problems = new Dictionary<string, string[]>();
        var files = form.Files.Count(f => f.Name == LibraryImportEndpoint.FilesField);
        if (files == 0)
        {
            problems[LibraryImportEndpoint.FilesField] = [$"Send at least one post-mortem file in a '{LibraryImportEndpoint.FilesField}' field."];
        }
        else if (files > bounds.MaxFiles)
        {
            problems[LibraryImportEndpoint.FilesField] = [string.Create(CultureInfo.InvariantCulture, $"At most {bounds.MaxFiles} files in one import; {files} were sent.")];
        }
        var dryRun = Flag(form, query, "dryRun", problems);
        var restricted = Flag(form, query, "restricted", problems);
        var people = NameList.Of(form["people"]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var groups = NameList.Of(form["groups"]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Restriction? restriction = null;
        if (restricted)
        {
            restriction = new Restriction { People = [.. people], Groups = [.. groups] };
            if (restriction.Problem() is var (field, message))
            {
                problems[field] = [message];
            }
        }
        else if (people.Count > 0 || groups.Count > 0)
        {
            problems["restricted"] = ["People and groups are named only for a restricted import: add restricted=true."];
        }
        return new ImportForm(dryRun, restriction, problems);
    }

    private static bool Flag(IFormCollection form, IQueryCollection query, string field, Dictionary<string, string[]> problems)
    {
        var value = form.TryGetValue(field, out var inForm) ? inForm.ToString() : query[field].ToString();
        if (value.Length == 0)
        {
            return false;
        }
        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }
        problems[field] = ["Say true or false."];
        return false;
    }
}
