namespace Serverless.ClassifierBenchmarks;

/// <summary>
/// Paragraphs of the kinds the classifier sees (report narrative, resolution preamble and operative text, in
/// French and English, short and long), written for the benchmark so it runs without the corpus.
/// </summary>
public static class BenchmarkParagraphs
{
    public static readonly string[] Texts =
    [
        "28. Mise au point par l'UIT sur la base des informations communiquées par 600 opérateurs, la carte mondiale des infrastructures de connectivité montre les infrastructures à haut débit existantes au niveau international et national. L'UIT dirige la coalition Partner2Connect, qui vise à donner accès à Internet aux communautés difficiles à connecter, et a publié un guide sur les solutions d'alimentation électrique novatrices permettant d'assurer la connectivité dans les zones rurales.",
        "Rappelant sa résolution 2006/46 du 28 juillet 2006 sur la mise en œuvre des textes issus du Sommet mondial sur la société de l'information et l'examen de la Commission de la science et de la technique au service du développement,",
        "- 45. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, par l'intermédiaire de la Commission de la science et de la technique au service du développement et du Conseil économique et social, un rapport sur l'application de la présente résolution ;",
        "ITU released the fifth edition of the Global Cybersecurity Index, which measures countries' commitment to cybersecurity across legal, technical, organizational, capacity development and cooperation measures.",
        "Calls upon all stakeholders to give priority to innovative strategies that promote universal, affordable access to broadband infrastructure in developing countries by 2030;",
        "Le Conseil est invité à prendre note du présent document.",
        "The Digital Economy Report 2024 of UNCTAD highlighted the environmental footprint of digitalization, including electronic waste and the emissions of data centres, and called for development strategies that take it into account.",
        "50. L'OMS a progressé dans l'exécution de la Stratégie mondiale pour la santé numérique et a aidé les pays à mettre en place des systèmes d'information sanitaire interopérables ; le Forum économique mondial a publié un rapport sur la transformation numérique des systèmes de santé et la télémédecine.",
    ];
}
