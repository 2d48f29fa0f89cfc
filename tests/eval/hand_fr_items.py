#!/usr/bin/env python3
"""Writes tests/eval/hand-labelled-fr.jsonl: French paragraphs of corpus files 000, 001, 002 and 004 labelled by hand.
Only references (file + start anchor; the paragraph runs to the end of its line) and labels are stored.
Labelling rules: tests/eval/README.md. Run from the repository root: python3 tests/eval/hand_fr_items.py
"""
import corpus_items

E = "000_b6a7f7a314a0c2c3.txt"  # ECOSOC resolution 2025/18
G = "001_c994054558bf5bc9.txt"  # General Assembly resolution 75/202
R = "002_f1425ecc0daaa0de.txt"  # ITU Council document on the WSIS+20 high-level meeting
W = "004_ed308b90e20e3f2d.txt"  # ITU Council: report of the CWG-WSIS&SDG chair, draft Resolution 1332

# (id, file, start anchor, kind, documentBody, actionLines, requestingBodies)
ITEMS = [
    ("fr-ecosoc-pre-2006-46", E, "Rappelant également sa résolution 2006/46 du 28 juillet 2006", "preambular", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-pre-2024-13", E, "Rappelant en outre sa résolution 2024/13", "preambular", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-pre-70-1", E, "Rappelant la résolution 70/1 de l'Assemblée générale", "preambular", "ECOSOC", [], ["GA"]),
    ("fr-ecosoc-pre-79-1", E, "Rappelant en outre la résolution 79/1 de l'Assemblée générale", "preambular", "ECOSOC", ["C1"], ["GA"]),
    ("fr-ecosoc-pre-compact", E, "Sachant qu'il importe d'intégrer la mise en œuvre des engagements", "preambular", "ECOSOC", ["C1"], []),
    ("fr-ecosoc-pre-cooperation", E, "Prenant note du rapport du Groupe de haut niveau sur la coopération numérique", "preambular", "ECOSOC", ["C1"], []),
    ("fr-ecosoc-pre-thanks", E, "Remerciant la Secrétaire générale de la CNUCED", "preambular", "ECOSOC", [], []),
    ("fr-ecosoc-op1", E, "Accueille avec satisfaction et demande instamment la pleine application", "operative", "ECOSOC", [], ["ECOSOC", "GA"]),
    ("fr-ecosoc-op28", E, "Invite tous les États à s'abstenir", "operative", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-op29", E, "Se félicite du fait que la croissance rapide de la téléphonie mobile", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op30", E, "Note avec une vive préoccupation que de nombreux pays en développement n'ont pas", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op38", E, "Souligne à cet égard l'importance cruciale du multilinguisme", "operative", "ECOSOC", ["C8"], ["ECOSOC"]),
    ("fr-ecosoc-op39", E, "Estime qu'il importe de renforcer les capacités humaines", "operative", "ECOSOC", ["C4", "C6", "C2"], ["ECOSOC"]),
    ("fr-ecosoc-op40", E, "Exhorte à continuer de s'attacher à tirer le meilleur parti du commerce électronique", "operative", "ECOSOC", ["C7.2"], ["ECOSOC"]),
    ("fr-ecosoc-op41", E, "Constate, à cet égard, que la CNUCED, agissant en coopération", "operative", "ECOSOC", ["C7.2"], ["ECOSOC"]),
    ("fr-ecosoc-op44", E, "Prend acte du dernier rapport mondial de la Commission « Le large bande", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op45", E, "Rappelle que la Commission « Le large bande au service du développement durable » a fixé", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op49", E, "Salue également les travaux menés par l'Organisation des Nations Unies pour l'éducation, la science et la culture dans le cadre du Programme Information pour tous", "operative", "ECOSOC", ["C3"], ["ECOSOC"]),
    ("fr-ecosoc-op50", E, "Salue en outre à cet égard la Recommandation sur l'éthique", "operative", "ECOSOC", ["C10"], ["ECOSOC", "GA", "UNESCO-GC"]),
    ("fr-ecosoc-op54", E, "Se félicite des travaux menés par l'Union internationale des télécommunications, notamment, en particulier", "operative", "ECOSOC", [], ["ECOSOC", "ITU-PP"]),
    ("fr-ecosoc-op58", E, "Rappelle la tenue à Kigali", "operative", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-op60", E, "Salue les activités entreprises par l'Organisation des Nations Unies pour l'alimentation", "operative", "ECOSOC", ["C7.7"], ["ECOSOC"]),
    ("fr-ecosoc-op61", E, "Salue également les travaux menés par l'Organisation internationale du Travail", "operative", "ECOSOC", ["C7.5"], ["ECOSOC"]),
    ("fr-ecosoc-op62", E, "Salue en outre les travaux menés par l'Observatoire mondial de la cybersanté", "operative", "ECOSOC", ["C7.4"], ["ECOSOC"]),
    ("fr-ecosoc-op64", E, "Salue également les travaux menés par l'Organisation des Nations Unies pour l'éducation, la science et la culture, notamment la publication", "operative", "ECOSOC", ["C8"], ["ECOSOC"]),
    ("fr-ecosoc-op73", E, "Constate que 1 014 contributions", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op74", E, "Considère qu'il faut privilégier les politiques de renforcement des capacités", "operative", "ECOSOC", ["C4"], ["ECOSOC"]),
    ("fr-ecosoc-op75", E, "Note que des questions continuent de surgir", "operative", "ECOSOC", ["C7.6"], ["ECOSOC"]),
    ("fr-ecosoc-op76", E, "Rappelle que, dans le document final sur l'examen d'ensemble", "operative", "ECOSOC", ["C11"], ["ECOSOC", "GA"]),
    ("fr-ecosoc-op95", E, "Attend avec intérêt la tenue de la vingtième réunion du Forum", "operative", "ECOSOC", [], ["ECOSOC", "IGF", "CSTD"]),
    ("fr-ecosoc-op101", E, "Se félicite de la tenue à Genève, du 12 au 14 mai 2025", "operative", "ECOSOC", ["C7.2"], ["ECOSOC"]),
    ("fr-ecosoc-op103", E, "Invite également* toutes les parties prenantes à participer activement à la vingtième réunion", "operative", "ECOSOC", [], ["ECOSOC", "IGF"]),
    ("fr-ecosoc-op105", E, "Prie instamment toutes les parties prenantes d'accorder la priorité", "operative", "ECOSOC", ["C2"], ["ECOSOC"]),
    ("fr-ecosoc-op106", E, "Demande à toutes les parties prenantes de contribuer à créer des conditions propices", "operative", "ECOSOC", ["C6", "C2"], ["ECOSOC"]),
    ("fr-ecosoc-op113", E, "Encourage l'élaboration et la mise en œuvre de solides cadres juridiques", "operative", "ECOSOC", ["C6", "C5"], ["ECOSOC"]),
    ("fr-ecosoc-op114", E, "Demande à toutes les parties prenantes de promouvoir l'habileté numérique", "operative", "ECOSOC", ["C4", "C5"], ["ECOSOC"]),
    ("fr-ecosoc-op117", E, "Invite la communauté internationale à verser des contributions volontaires", "operative", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-op121", E, "Rappelle le paragraphe 116 de sa résolution 2024/13", "operative", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-op125", E, "Prie la Commission de la science et de la technique au service du développement d'établir", "operative", "ECOSOC", [], ["ECOSOC"]),
    ("fr-ecosoc-op128", E, "Demande* que le dialogue et les travaux sur les modalités", "operative", "ECOSOC", [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr-ecosoc-op133", E, "Recommande que, une fois achevé l'examen 20 ans après de la suite donnée aux textes issus du Sommet mondial, le Groupe", "operative", "ECOSOC", ["C11"], ["ECOSOC"]),
    ("fr-ecosoc-op138", E, "Prie le Secrétaire général de présenter chaque année", "operative", "ECOSOC", [], ["ECOSOC"]),

    ("fr-ga-pre-2020-12", G, "*Rappelant également* la résolution [2020/12](#)", "preambular", "GA", [], ["ECOSOC"]),
    ("fr-ga-pre-principles", G, "*Rappelant* la Déclaration de principes et le Plan d'action", "preambular", "GA", [], ["WSIS-SUMMIT"]),
    ("fr-ga-pre-broadband", G, "*Prenant acte* du rapport de la Commission « Le large bande", "preambular", "GA", ["C2"], []),
    ("fr-ga-pre-der", G, "*Prenant acte* du *Rapport sur l'économie numérique 2019*", "preambular", "GA", ["C7.2"], []),
    ("fr-ga-pre-tax", G, "*Notant* les défis fiscaux", "preambular", "GA", ["C6"], []),
    ("fr-ga-pre-capacity", G, "*Considérant* qu'il faut privilégier les politiques de renforcement des capacités", "preambular", "GA", ["C4"], []),
    ("fr-ga-pre-rights", G, "*Réaffirmant* que les droits dont toute personne jouit hors ligne", "preambular", "GA", ["C10"], []),
    ("fr-ga-pre-igf-hosts", G, "*Rappelant* les efforts déployés par les pays hôtes", "preambular", "GA", [], ["IGF"]),
    ("fr-ga-pre-crime", G, "*Consciente* des difficultés que les États éprouvent à prévenir", "preambular", "GA", ["C5"], []),
    ("fr-ga-op5", G, "*Souligne* le rôle majeur que jouent le secteur privé", "operative", "GA", ["C1"], ["GA"]),
    ("fr-ga-op9", G, "*Note* que l'économie numérique représente", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr-ga-op10", G, "*Engage* à cet égard les pays à tirer parti des mécanismes", "operative", "GA", ["C4"], ["GA"]),
    ("fr-ga-op11", G, "*Exhorte* à continuer d'entreprendre", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr-ga-op13", G, "*Se félicite* de la tenue de la quatrième session", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr-ga-op15", G, "*Salue* les travaux menés dans le cadre du Programme Information pour tous", "operative", "GA", ["C3"], ["GA"]),
    ("fr-ga-op17", G, "*Se dit consciente* de l'importance que revêt l'accès au haut débit", "operative", "GA", ["C2"], ["GA"]),
    ("fr-ga-op18", G, "*Sait* l'importance que revêt la connexion au haut débit", "operative", "GA", ["C2", "C6"], ["GA"]),
    ("fr-ga-op23", G, "*Prend acte* de la prorogation", "operative", "GA", [], ["GA", "IGF"]),
    ("fr-ga-op26", G, "*Prend note* des travaux que mène le Groupe de travail sur le renforcement", "operative", "GA", [], ["GA", "CSTD", "WSIS-SUMMIT"]),
    ("fr-ga-op36", G, "*Considère* qu'il importe d'aider les pays en développement, en particulier les pays les moins avancés, à surmonter", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr-ga-op38", G, "*Invite* toutes les parties prenantes à poursuivre, à titre prioritaire", "operative", "GA", ["C7.1"], ["GA"]),
    ("fr-ga-op41", G, "*Note* l'importance capitale des investissements du secteur privé", "operative", "GA", ["C6", "C2"], ["GA"]),
    ("fr-ga-op45", G, "*Prie* le Secrétaire général de lui présenter", "operative", "GA", [], ["GA"]),
    ("fr-ga-op46", G, "*Décide* d'inscrire à l'ordre du jour provisoire", "operative", "GA", [], ["GA"]),

    ("fr-itu-object", R, "Conformément la Résolution 140 (Rév. Bucarest, 2022)", "paragraph", None, [], ["ITU-PP", "ITU-COUNCIL", "GA"]),
    ("fr-itu-modalities", R, "Conformément à ses Résolutions intitulées", "paragraph", None, [], ["GA"]),
    ("fr-itu-anniversary", R, "Cette réunion a marqué le vingtième anniversaire", "paragraph", None, [], ["WSIS-SUMMIT"]),
    ("fr-itu-emerging", R, "Les effets transformateurs des technologies émergentes", "paragraph", None, ["C1"], []),
    ("fr-itu-outcome", R, "L'Assemblée générale des Nations Unies a adopté le document final", "paragraph", None, [], ["GA", "WSIS-SUMMIT"]),
    ("fr-itu-2035", R, "Cette Résolution renouvèle le mandat du SMSI", "paragraph", None, [], ["GA"]),
    ("fr-itu-ungis", R, "Dans la Résolution, l'accent est mis sur la poursuite", "paragraph", None, ["C11"], ["GA"]),
    ("fr-itu-aiwg", R, "Le Groupe de travail interinstitutions sur l'intelligence artificielle, agissant", "paragraph", None, ["C4"], ["GA"]),
    ("fr-itu-sg-role", R, "La Secrétaire générale a assuré une fonction de direction stratégique", "paragraph", None, [], ["ITU-PP", "ITU-COUNCIL"]),
    ("fr-itu-call", R, "Le résumé des résultats de l'appel à contributions", "paragraph", None, [], ["CWG-WSIS"]),
    ("fr-itu-annex-9", R, "Nous savons que la connectivité universelle", "paragraph", "GA", ["C2"], []),
    ("fr-itu-annex-22", R, "Nous sommes particulièrement préoccupés par les fractures numériques qui persistent entre les genres", "paragraph", "GA", ["C10", "C3"], []),
    ("fr-itu-annex-100", R, "Nous demandons au Forum sur la gouvernance d'Internet de rendre compte", "paragraph", "GA", [], ["GA", "IGF"]),
    ("fr-itu-annex-110", R, "Il importe que les droits humains soient protégés", "paragraph", "GA", ["C10"], ["GA"]),

    ("fr-cwg-object", W, "Le présent rapport contient un résumé des principaux résultats", "paragraph", "ITU-COUNCIL", [], ["CWG-WSIS", "ITU-PP", "ITU-COUNCIL"]),
    ("fr-cwg-2-1", W, "Les participants ont fait le point sur la mise en œuvre et le suivi des Résolutions", "paragraph", "ITU-COUNCIL", [], ["ITU-PP", "ITU-COUNCIL", "GA", "ECOSOC"]),
    ("fr-cwg-2-2", W, "En application de la Résolution 1332, le rapport exhaustif", "paragraph", "ITU-COUNCIL", [], ["ITU-COUNCIL"]),
    ("fr-cwg-2-8", W, "La contribution de l'UIT au Partenariat sur la mesure des TIC", "paragraph", "ITU-COUNCIL", [], []),
    ("fr-cwg-2-9", W, "Les travaux du Groupe des Nations Unies sur la société de l'information (UNGIS) pour la période", "paragraph", "ITU-COUNCIL", ["C11"], []),
    ("fr-cwg-3-9", W, "Le groupe a encouragé les bureaux régionaux de l'UIT", "paragraph", "ITU-COUNCIL", ["C11"], ["CWG-WSIS"]),
    ("fr-cwg-rec-a", W, "la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires sur le rôle de l'UIT dans la mise en œuvre", "list-item", "ITU-COUNCIL", [], ["ITU-PP"]),
    ("fr-cwg-rec-d", W, "la Résolution 175 (Rév. Bucarest, 2022)", "list-item", "ITU-COUNCIL", ["C3"], ["ITU-PP"]),
    ("fr-cwg-rec-e", W, "la Résolution 200 (Rév. Bucarest, 2022)", "list-item", "ITU-COUNCIL", ["C2"], ["ITU-PP"]),
    ("fr-cwg-rec-g", W, "la Résolution 70/125 de l'Assemblée générale des Nations Unies, \"Document final", "list-item", "ITU-COUNCIL", [], ["GA"]),
    ("fr-cwg-rec-l", W, "la Résolution 78/L.49 de l'Assemble générale", "list-item", "ITU-COUNCIL", ["C5", "C10"], ["GA", "WSIS-SUMMIT"]),
    ("fr-cwg-cons-b", W, "que le Groupe de travail du Conseil sur le SMSI et les ODD (GTC-SMSI/ODD) s'est révélé", "list-item", "ITU-COUNCIL", [], ["CWG-WSIS", "ITU-PP"]),
    ("fr-cwg-recog-e", W, "la Déclaration de principes de Genève et le Plan d'action de Genève", "list-item", "ITU-COUNCIL", [], ["WSIS-SUMMIT"]),
    ("fr-cwg-decide-1", W, "que l'UIT doit jouer le rôle de coordonnateur principal", "operative", "ITU-COUNCIL", ["C11"], ["ITU-COUNCIL", "WSIS-SUMMIT"]),
    ("fr-cwg-decide-5", W, "de confirmer son engagement à renforcer l'utilisation des TIC", "operative", "ITU-COUNCIL", [], ["ITU-COUNCIL"]),
]


# Paragraphs cut by a page break or a footnote block: where each resumes (the start of its next line, read to that
# line's end). Added after the first labelling, when the cut texts were noticed: the labels were made on the full text.
CONTINUATIONS = {
    "fr-ecosoc-op38": "internationale des langues autochtones (2022-2032)",
    "fr-ecosoc-op95": "l'intention du Groupe de travail sur les améliorations",
    "fr-ga-pre-rights": "accomplis dans le sens de la réalisation de l'ambition",
    "fr-ga-pre-crime": "demande, à la faveur d'activités d'assistance technique",
    "fr-ga-op11": "pour se donner les moyens d'entrer dans le monde du commerce",
}


def main():
    corpus_items.write("tests/eval/hand-labelled-fr.jsonl", ITEMS, CONTINUATIONS)


if __name__ == "__main__":
    main()
