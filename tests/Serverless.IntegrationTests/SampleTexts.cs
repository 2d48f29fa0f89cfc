namespace Serverless.IntegrationTests;

/// <summary>Short documents written for the tests; each call can make its text unique so tests never share a document.</summary>
public static class SampleTexts
{
    public static string Contribution(string marker) => $"""
        # Contribution of the test entity ({marker})

        ## Information and communication infrastructure (C2)

        1. Broadband and meaningful connectivity reached 40 more rural districts this year.

        2. As requested by the General Assembly in its resolution 78/132, the entity reported to the Commission on Science and Technology for Development.

        ## Capacity building (C4)

        3. Digital skills training was given to 2,000 teachers.

        4. The regional workshops on cybersecurity gathered 300 participants.

        5. The meeting closed at 6 p.m.
        """;
}
