namespace PostMortemFlow.Api.Http;

/// <summary>
/// Endpoint metadata naming the JSON body a route reads itself (through <see cref="ApiJson"/>), so the OpenAPI
/// document can describe it without the route declaring a bound parameter, whose binding errors would not name the field.
/// </summary>
public sealed record JsonBody(Type Type);
