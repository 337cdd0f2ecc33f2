using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>Settings <c>SharePoint:*</c>: the document library reports are published to.</summary>
public sealed class SharePointClientOptions
{
    public const string Section = "SharePoint";

    /// <summary>The site id (<c>host,site-guid,web-guid</c>); its default document library is used unless <see cref="DriveId"/> is set.</summary>
    public string? SiteId { get; set; }

    /// <summary>The document library's drive id, when it is not the site's default library.</summary>
    public string? DriveId { get; set; }

    /// <summary>The top folder in the library; reports go to <c>{Folder}/{yyyy}/{id}-{slug}/</c>.</summary>
    public string Folder { get; set; } = "Post-mortems";

    /// <summary>
    /// The top folder for restricted post-mortems' reports: give it permissions narrower than the library's (the app cannot
    /// break SharePoint's inheritance for you). A post-mortem restricted after it was published keeps its copy where it was.
    /// </summary>
    public string RestrictedFolder { get; set; } = "Restricted post-mortems";

    /// <summary>Files larger than this go through an upload session instead of one PUT.</summary>
    public int LargeFileThresholdBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Upload session slice size; a multiple of 320 KiB below 60 MiB.</summary>
    public int SliceBytes { get; set; } = 10 * 320 * 1024;
}

/// <summary>Checks <see cref="SharePointClientOptions"/> on start.</summary>
public sealed class SharePointClientOptionsValidator : IValidateOptions<SharePointClientOptions>
{
    public ValidateOptionsResult Validate(string? name, SharePointClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SiteId) && string.IsNullOrWhiteSpace(options.DriveId))
        {
            failures.Add("SharePoint:SiteId or SharePoint:DriveId is required when Reports:Provider is SharePoint.");
        }
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add("SharePoint:Folder cannot be empty.");
        }
        if (string.IsNullOrWhiteSpace(options.RestrictedFolder)
            || string.Equals(options.RestrictedFolder.Trim('/'), options.Folder?.Trim('/'), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("SharePoint:RestrictedFolder must be set and differ from SharePoint:Folder.");
        }
        if (options.SliceBytes <= 0 || options.SliceBytes % (320 * 1024) != 0 || options.SliceBytes >= 60 * 1024 * 1024)
        {
            failures.Add("SharePoint:SliceBytes must be a multiple of 327680 (320 KiB) below 60 MiB.");
        }
        if (options.LargeFileThresholdBytes < 0)
        {
            failures.Add("SharePoint:LargeFileThresholdBytes cannot be negative.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
