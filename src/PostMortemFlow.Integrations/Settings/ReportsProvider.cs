namespace PostMortemFlow.Integrations.Settings;

/// <summary>Setting <c>Reports:Provider</c>: where the published report goes.</summary>
public enum ReportsProvider
{
    /// <summary><c>published/{id}/</c> under the data folder.</summary>
    Local = 0,
    /// <summary>A SharePoint document library through Graph.</summary>
    SharePoint = 1,
}
