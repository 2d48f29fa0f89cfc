namespace Serverless.Shared.Api.Contract;

/// <summary>
/// One segment of a route template: a literal (<c>documents</c>) or a parameter with an optional constraint
/// (<c>{index:int}</c>). Enough to tell, for a request no route took, which route it nearly was.
/// </summary>
public sealed record RouteSegment(string Name, bool IsParameter, string? Constraint)
{
    public static IReadOnlyList<RouteSegment> Parse(string route) =>
        route.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return new RouteSegment(segment, false, null);
            }

            var inner = segment.Trim('{', '}');
            var colon = inner.IndexOf(':');
            return colon < 0 ? new RouteSegment(inner, true, null) : new RouteSegment(inner[..colon], true, inner[(colon + 1)..]);
        }).ToArray();

    /// <summary>True when the value satisfies the constraint (only <c>int</c> is used by the API).</summary>
    public bool Accepts(string value) => Constraint switch
    {
        null => true,
        "int" => int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => throw new NotSupportedException($"Route constraint '{Constraint}' is not understood; add it to {nameof(RouteSegment)}."),
    };
}
