namespace PostMortemFlow.Domain.Model;

/// <summary>Incident severity; Sev0 is the worst.</summary>
public enum Severity
{
    Sev0 = 0,
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
    Sev4 = 4,
}
