namespace PostMortemFlow.Domain.Tests.TestData;

/// <summary>Reports written in the method's template layout (bold "**Date**:" fields, a fishbone list, no Kind column).</summary>
public static class TemplateExamples
{
    /// <summary>The method's own example incident, written out from its template.</summary>
    public const string MethodExample = "template-api-degradation-2025-02-09.md";

    /// <summary>Another incident using the variants: "P2 (…)", HH:mm times across midnight, one immediate cause, names, P0–P3.</summary>
    public const string PaymentIncident = "template-payment-confirmations-2025-03-14.md";

    public static TheoryData<string> Files => [MethodExample, PaymentIncident];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static string Read(string file) => File.ReadAllText(PathOf(file)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
