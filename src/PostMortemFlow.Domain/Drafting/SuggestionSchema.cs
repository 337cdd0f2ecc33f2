namespace PostMortemFlow.Domain.Drafting;

/// <summary>The JSON schema a drafting answer must follow (structured output): every sentence with the ids it cites.</summary>
public static class SuggestionSchema
{
    public const string Name = "postmortem_suggestions";

    public const string Json = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["summary", "impact", "rootCause", "factors", "questions", "lessons"],
          "properties": {
            "summary": { "$ref": "#/$defs/sentences" },
            "impact": { "$ref": "#/$defs/sentences" },
            "rootCause": { "$ref": "#/$defs/sentences" },
            "factors": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["sentences", "category", "firstWhy"],
                "properties": {
                  "sentences": { "$ref": "#/$defs/sentences" },
                  "category": { "type": "string", "enum": ["Monitoring", "Testing", "Runbook", "Capacity", "ChangeManagement", "Dependency", "Communication", "Other"] },
                  "firstWhy": { "type": "string" }
                }
              }
            },
            "questions": { "$ref": "#/$defs/sentences" },
            "lessons": { "$ref": "#/$defs/sentences" }
          },
          "$defs": {
            "sentences": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["text", "cites"],
                "properties": {
                  "text": { "type": "string" },
                  "cites": { "type": "array", "items": { "type": "string" } }
                }
              }
            }
          }
        }
        """;
}
