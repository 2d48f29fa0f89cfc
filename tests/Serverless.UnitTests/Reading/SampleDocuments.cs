namespace Serverless.UnitTests.Reading;

/// <summary>Short WSIS documents written for tests and samples (not taken from the corpus).</summary>
public static class SampleDocuments
{
    public static SampleDocument ItuContribution { get; } = new("itu-contribution-2025",
    [
        new(SampleBlockKind.Title, "Contribution of the International Telecommunication Union to the 2025 WSIS report"),
        new(SampleBlockKind.Paragraph, "This contribution responds to the letter of the Secretary-General of UNCTAD and reports on activities carried out in 2024, in line with Economic and Social Council resolution 2006/46."),
        new(SampleBlockKind.Heading, "Action line C2: Information and communication infrastructure"),
        new(SampleBlockKind.Numbered, "ITU connected 1,200 rural schools to broadband networks in twelve least developed countries, as requested by the General Assembly in resolution 70/125, and published a toolkit on infrastructure sharing for regulators.", "1"),
        new(SampleBlockKind.Numbered, "The Union supported national broadband plans in small island developing States and reported on affordability targets to the Commission on Science and Technology for Development.", "2"),
        new(SampleBlockKind.Heading, "Action line C4: Capacity building"),
        new(SampleBlockKind.Numbered, "More than 3,000 officials followed the online courses of the ITU Academy on digital skills, cybersecurity and spectrum management. Among them:", "3"),
        new(SampleBlockKind.Lettered, "1,100 women took part in the digital skills programme;", "a"),
        new(SampleBlockKind.Lettered, "400 regulators completed the spectrum management course.", "b"),
        new(SampleBlockKind.Heading, "Action line C7.4: E-health"),
        new(SampleBlockKind.Numbered, "Together with WHO, ITU helped five countries to adopt national telemedicine guidelines and to connect 40 rural clinics.", "4"),
        new(SampleBlockKind.Paragraph, "ITU will continue to report to ECOSOC through the CSTD on the implementation of the WSIS outcomes."),
    ]);

    public static SampleDocument UnescoContributionFrench { get; } = new("unesco-contribution-2025",
    [
        new(SampleBlockKind.Title, "Contribution de l'UNESCO au rapport 2025 sur le Sommet mondial sur la société de l'information"),
        new(SampleBlockKind.Paragraph, "La présente contribution répond à la lettre de la Secrétaire générale de la CNUCED et rend compte des activités menées en 2024, conformément à la résolution 2006/46 du Conseil économique et social."),
        new(SampleBlockKind.Heading, "Grande orientation C3 : Accès à l'information et au savoir"),
        new(SampleBlockKind.Numbered, "L'UNESCO a célébré la Journée internationale de l'accès universel à l'information et publié des lignes directrices sur l'accès à l'information dans les zones rurales.", "1"),
        new(SampleBlockKind.Heading, "Grande orientation C7.3 : Apprentissage en ligne"),
        new(SampleBlockKind.Numbered, "Plus de 2 000 enseignants ont été formés à l'utilisation de ressources éducatives libres, comme l'a demandé l'Assemblée générale dans sa résolution 70/125.", "2"),
        new(SampleBlockKind.Lettered, "des cours en ligne ont été traduits en français, en arabe et en espagnol ;", "a"),
        new(SampleBlockKind.Lettered, "des bibliothèques numériques ont été ouvertes dans douze pays.", "b"),
        new(SampleBlockKind.Paragraph, "L'UNESCO continuera de rendre compte à la Commission de la science et de la technique au service du développement."),
    ]);
}
