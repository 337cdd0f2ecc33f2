namespace PostMortemFlow.Domain.Model;

/// <summary>The bones of the fishbone.</summary>
public enum FactorCategory
{
    Monitoring = 0,
    Testing = 1,
    Runbook = 2,
    Capacity = 3,
    ChangeManagement = 4,
    Dependency = 5,
    Communication = 6,
    Other = 7,
}
