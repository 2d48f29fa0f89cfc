#!/usr/bin/env python3
"""Writes tests/eval/hand-labelled-fr-ecosoc.jsonl: the remaining paragraphs of corpus file 000 (ECOSOC resolution
2025/18, E/RES/2025/18, on the assessment of WSIS progress), labelled by hand.

Scope: every preambular and operative paragraph of the resolution, including the lettered sub-paragraphs a) to d)
of paragraph 116, in document order, except the 42 paragraphs of this file already in hand_fr_items.py. Headings,
footnotes and page furniture are not items; continuation lines of a paragraph broken across a page are part of
that paragraph, not items of their own.

How it was labelled: by reading the full text of each paragraph in the corpus (including the part after a page
break), following the labelling rules of tests/eval/README.md and the existing labels of hand_fr_items.py for this
resolution; no classifier, segmenter or taxonomy was run or read. Conventions kept:
- actionLines [] for the WSIS process itself (implementation, follow-up and review machinery, UNGIS, CSTD, the WSIS
  Forum, prizes, reports, meetings recalled by their dates only), for Internet governance and enhanced cooperation
  and for financing mechanisms (the Secretary-General's report files both outside the action-line sections, in
  III.F.2), and for ICT measurement and indicators (follow-up and evaluation, as fr-cwg-2-8).
- requestingBodies: ECOSOC for every operative paragraph and lettered sub-paragraph (it adopts them; preambular
  paragraphs do not carry it); GA, CSTD, IGF, ITU-PP, WSIS-SUMMIT when the paragraph's own text names that body's
  resolution, request, decision, mandate, outcome text, report or meeting. WSIS-SUMMIT when a Summit text is named
  (Agenda de Tunis, Plan d'action de Genève, Déclaration de principes) or when the Summit's texts or vision are the
  object recalled or reaffirmed, not when "la mise en œuvre des textes issus du Sommet mondial" is only the process
  talked about. A body that only receives a text or is asked to act is not a requesting body.

Only references (file + start anchor; the paragraph runs to the end of its line, and for a paragraph that a page
break cuts, the start of the line where it resumes after the page furniture) and labels are stored, never the
corpus text. Run from the repository root: python3 tests/eval/hand_fr_ecosoc_items.py
"""
import corpus_items

E = "000_b6a7f7a314a0c2c3.txt"  # ECOSOC resolution 2025/18

P, O = "preambular", "operative"
EC = "ECOSOC"

# (id, file, start anchor, kind, documentBody, actionLines, requestingBodies)
ITEMS = [
    ("fr2-ecosoc-pre-wsis-texts", E, "Rappelant les textes issus du Sommet mondial sur la société de l'information", P, EC, [], ["WSIS-SUMMIT"]),
    ("fr2-ecosoc-pre-70-125", E, "Rappelant également la résolution 70/125 de l'Assemblée générale", P, EC, [], ["GA"]),
    ("fr2-ecosoc-pre-sg-report", E, "Prenant note avec satisfaction du rapport du Secrétaire général sur les progrès accomplis", P, EC, [], []),

    ("fr2-ecosoc-op2", E, "Se félicite de la participation constructive et des contributions variées", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op3", E, "Réaffirme sa volonté de mettre en œuvre dans leur intégralité les textes issus", O, EC, [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op4", E, "Réaffirme le projet global du Sommet mondial", O, EC, [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op5", E, "Réaffirme également l'Agenda de Tunis pour la société de l'information", O, EC, ["C11"], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op6", E, "Réaffirme en outre l'engagement qu'a pris l'Assemblée générale, dans sa résolution 70/125, de combler", O, EC, ["C2", "C3", "C4"], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op7", E, "Note avec satisfaction que la Commission de la condition de la femme", O, EC, ["C10"], ["ECOSOC"]),
    ("fr2-ecosoc-op8", E, "Recommande que les mesures visant à donner suite aux textes issus du Sommet mondial soient étroitement alignées", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op9", E, "Réaffirme qu'il estime que la réalisation du Programme 2030 passera", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op10", E, "Constate que le Sommet mondial est un processus dynamique", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op11", E, "Est conscient que l'infrastructure des technologies de l'information et des communications est essentielle", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op12", E, "Se félicite de l'évolution et de la diffusion remarquables", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op13", E, "Note avec préoccupation qu'il subsiste un important fossé numérique", O, EC, ["C2", "C10", "C3"], ["ECOSOC"]),
    ("fr2-ecosoc-op14", E, "Encourage la Commission de la science et de la technique au service du développement à continuer d'accorder", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op15", E, "Constate que, dans sa résolution 77/150, l'Assemblée générale a dit savoir", O, EC, ["C6", "C7.2"], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op16", E, "Se félicite de la célébration de la Journée mondiale de la liberté de la presse", O, EC, ["C9"], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op17", E, "Se félicite également de la conférence mondiale visant à célébrer la Journée internationale de l'accès universel", O, EC, ["C3"], ["ECOSOC"]),
    ("fr2-ecosoc-op18", E, "Se félicite en outre de la célébration, chaque année le 17 mai", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op19", E, "Prend note de la poursuite de la mise en œuvre des textes issus du Sommet mondial, en particulier son caractère multipartite", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op20", E, "Est conscient des valeurs et des principes de coopération et de dialogue", O, EC, ["C1"], ["ECOSOC"]),
    ("fr2-ecosoc-op21", E, "Prend acte des rapports de nombreuses entités des Nations Unies présentés", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op22", E, "Prend note de la mise en œuvre des textes issus du Sommet mondial au niveau régional", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op23", E, "Réaffirme qu'il importe de continuer à coordonner la mise en œuvre multipartite", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op24", E, "Encourage toutes les parties prenantes à continuer d'alimenter la base de données", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op25", E, "Souligne qu'il est urgent d'intégrer les recommandations énoncées dans les textes issus", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op26", E, "Rappelle la résolution 60/252 de l'Assemblée générale", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op27", E, "Rappelle que, dans sa résolution 70/125, l'Assemblée générale a demandé que les rapports annuels", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op31", E, "Souligne que les efforts visant à promouvoir l'accès aux technologies de l'information et des communications, l'éducation au numérique", O, EC, ["C2", "C4", "C5"], ["ECOSOC"]),
    ("fr2-ecosoc-op32", E, "Constate avec préoccupation que de nombreuses formes de fracture numérique subsistent", O, EC, ["C2", "C4"], ["ECOSOC"]),
    ("fr2-ecosoc-op33", E, "Estime que, si les technologies de l'information et des communications offrent des possibilités nouvelles", O, EC, ["C4", "C11", "C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op34", E, "Est conscient de la croissance rapide des réseaux d'accès à haut débit", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op35", E, "Estime que la transition en cours vers un environnement de communication dominé", O, EC, ["C2", "C6"], ["ECOSOC"]),
    ("fr2-ecosoc-op36", E, "Constate que, malgré toutes les avancées et les progrès observés", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op37", E, "Constate également que le nombre d'utilisateurs d'Internet ne cesse d'augmenter", O, EC, ["C3", "C1"], ["ECOSOC"]),
    ("fr2-ecosoc-op42", E, "Prend note du Rapport sur l'économie numérique 2024 de la CNUCED", O, EC, ["C7.6", "C7.2"], ["ECOSOC"]),
    ("fr2-ecosoc-op43", E, "Rappelle la tenue à Genève, du 6 au 8 mai 2024, de la septième session", O, EC, ["C7.2"], ["ECOSOC"]),
    ("fr2-ecosoc-op46", E, "Estime* que l'économie numérique et les technologies émergentes peuvent énormément contribuer", O, EC, ["C7.2"], ["ECOSOC"]),
    ("fr2-ecosoc-op47", E, "Sait qu'il existe des fractures entre pays développés et pays en développement", O, EC, ["C2", "C4"], ["ECOSOC"]),
    ("fr2-ecosoc-op48", E, "Salue les nombreuses initiatives prises par les entités des Nations Unies qui facilitent", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op51", E, "Note que la société de l'information a considérablement évolué depuis l'émergence", O, EC, ["C10", "C7.5", "C9"], ["ECOSOC"]),
    ("fr2-ecosoc-op52", E, "Prend note du rapport final de l'Organe consultatif de haut niveau sur l'intelligence artificielle", O, EC, ["C1", "C6"], ["ECOSOC"]),
    ("fr2-ecosoc-op53", E, "Note que l'Union internationale des télécommunications a établi des partenariats avec 40 autres entités", O, EC, ["C6", "C7"], ["ECOSOC"]),
    ("fr2-ecosoc-op55", E, "Rappelle la tenue, du 16 au 18 décembre 2021, du sixième Forum mondial des politiques", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op56", E, "Rappelle également la tenue de la Conférence mondiale des radiocommunications", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op57", E, "Rappelle en outre la tenue de l'Assemblée mondiale de normalisation des télécommunications", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op59", E, "Rappelle également la tenue à Genève, les 23 et 24 septembre 2024, du dix-neuvième Colloque", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op63", E, "Salue les travaux menés par le Programme des Nations Unies pour le développement, notamment la publication de sa stratégie numérique", O, EC, ["C1", "C4"], ["ECOSOC"]),
    ("fr2-ecosoc-op65", E, "Salue en outre les travaux menés par le Forum sur la gouvernance d'Internet, notamment ses initiatives", O, EC, [], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op66", E, "Rappelle la publication de la Stratégie du Secrétaire général en matière de nouvelles technologies", O, EC, ["C1"], ["ECOSOC"]),
    ("fr2-ecosoc-op67", E, "Réaffirme sa volonté de mettre les technologies de l'information et des communications au service de l'exécution du Programme 2030", O, EC, ["C1"], ["ECOSOC"]),
    ("fr2-ecosoc-op68", E, "Constate avec une vive préoccupation que la fracture numérique entre les genres persiste", O, EC, ["C10", "C3"], ["ECOSOC"]),
    ("fr2-ecosoc-op69", E, "Prend note des nombreuses initiatives visant à combler les disparités entre les sexes", O, EC, ["C10", "C3"], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op70", E, "Réaffirme sa volonté d'accorder une attention particulière aux problèmes spécifiques et nouveaux", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op71", E, "Prend note avec satisfaction des voies et initiatives spéciales engagées dans le cadre du Forum de suivi", O, EC, ["C3"], ["ECOSOC"]),
    ("fr2-ecosoc-op72", E, "Note que si des jalons solides ont été posés pour renforcer les capacités", O, EC, ["C4"], ["ECOSOC"]),
    ("fr2-ecosoc-op77", E, "Note que l'édition 2024 de la manifestation de haut niveau du Forum de suivi", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op78", E, "Engage les entités qui facilitent la mise en œuvre des grandes orientations à faire fond sur le Plan d'action de Genève", O, EC, [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op79", E, "Engage également les entités qui facilitent la mise en œuvre des grandes orientations à faire en sorte", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op80", E, "Réaffirme l'importance de l'appel de l'Assemblée générale engageant toutes les parties prenantes", O, EC, ["C1"], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op81", E, "Encourage* la participation active des entrepreneurs", O, EC, ["C1"], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op82", E, "Réaffirme que les textes issus du Sommet mondial relatifs à la gouvernance d'Internet", O, EC, [], ["ECOSOC", "WSIS-SUMMIT", "IGF"]),
    ("fr2-ecosoc-op83", E, "Réaffirme* les dispositions des paragraphes 34 à 37 et 67 à 72 de l'Agenda de Tunis", O, EC, [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op84", E, "Réaffirme également* les dispositions des paragraphes 55 à 65 de la résolution 70/125", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op85", E, "Considère qu'il importe de renforcer la coopération à l'avenir pour que les gouvernements", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op86", E, "Rappelle les travaux que mène le Groupe de travail sur le renforcement de la coopération", O, EC, [], ["ECOSOC", "GA", "CSTD", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op87", E, "Rappelle que le Groupe de travail s'est réuni cinq fois", O, EC, [], ["ECOSOC", "GA"]),
    ("fr2-ecosoc-op88", E, "Rappelle le rapport du Président du Groupe de travail", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op89", E, "Accueille avec satisfaction les progrès tangibles accomplis par le Groupe de travail", O, EC, [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("fr2-ecosoc-op90", E, "Sait l'importance que revêtent le Forum sur la gouvernance d'Internet et la mission", O, EC, [], ["ECOSOC", "WSIS-SUMMIT", "IGF"]),
    ("fr2-ecosoc-op91", E, "Rappelle la décision prise par l'Assemblée générale, dans sa résolution 70/125, de proroger le mandat", O, EC, [], ["ECOSOC", "GA", "IGF"]),
    ("fr2-ecosoc-op92", E, "Constate que plus de 176 initiatives nationales et régionales du Forum", O, EC, [], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op93", E, "Rappelle la résolution 70/125 de l'Assemblée générale, dans laquelle celle-ci a demandé à la Commission", O, EC, [], ["ECOSOC", "GA", "CSTD"]),
    ("fr2-ecosoc-op94", E, "Prend note* de la tenue de la dix-neuvième réunion du Forum sur la gouvernance d'Internet", O, EC, [], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op96", E, "Se félicite, à cet égard, des progrès constants accomplis dans le cadre des travaux intersessions", O, EC, [], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op97", E, "Note*, dans ce contexte, la création du Groupe de direction du Forum", O, EC, [], ["ECOSOC", "IGF"]),
    ("fr2-ecosoc-op98", E, "Rappelle le rôle du Groupe des Nations Unies sur la société de l'information, et demande aux entités", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op99", E, "Exhorte toutes les parties prenantes à poursuivre, à titre prioritaire", O, EC, ["C2", "C7.1", "C4"], ["ECOSOC"]),
    ("fr2-ecosoc-op100", E, "Sait qu'il importe d'élargir la participation de tous les pays", O, EC, ["C1"], ["ECOSOC"]),
    ("fr2-ecosoc-op102", E, "Invite* toutes les parties prenantes à participer activement à l'édition 2025", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op104", E, "Sait que des difficultés continuent d'entraver la mise en œuvre intégrale", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op107", E, "Demande aux organisations internationales et régionales de continuer à évaluer", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op108", E, "Considère que, conformément au paragraphe 5 de la présente résolution, le financement", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op109", E, "Exhorte tous les pays à faire des efforts concrets pour respecter les engagements", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op110", E, "Réaffirme l'importance des indicateurs en accès libre", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op111", E, "Demande à tous les pays de promouvoir une innovation sans exclusive", O, EC, ["C3", "C10"], ["ECOSOC"]),
    ("fr2-ecosoc-op112", E, "Sait l'importance des outils de suivi et de mesure numériques", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op115", E, "Réaffirme qu'il importe de diffuser les pratiques optimales à tous les niveaux", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op116", E, "Engage les entités des Nations Unies ainsi que les autres organisations et forums concernés", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op116-a", E, "encourage les États Membres à concevoir et à mettre en place au niveau national une infrastructure des données", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op116-b", E, "encourage les organismes des Nations Unies et les autres organisations et forums concernés à favoriser l'évaluation", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op116-c", E, "prend note avec satisfaction des travaux réalisés par le Partenariat sur les statistiques", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op116-d", E, "encourage le Partenariat sur les statistiques relatives aux technologies de l'information et de la communication au service du développement à continuer", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op118", E, "Attend avec intérêt la réunion de haut niveau de l'Assemblée générale", O, EC, [], ["ECOSOC", "GA", "CSTD"]),
    ("fr2-ecosoc-op119", E, "Salue l'efficacité de la coordination qui a eu lieu entre toutes les entités", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op120", E, "Prend note avec satisfaction des deux documents d'orientation", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op122", E, "Prend note des débats de fond sur les progrès accomplis dans la mise en œuvre des textes issus du Sommet mondial qui ont eu lieu", O, EC, [], ["ECOSOC", "CSTD"]),
    ("fr2-ecosoc-op123", E, "Prend acte du rapport de la Commission de la science et de la technique au service du développement sur les travaux de sa vingt-huitième session", O, EC, [], ["ECOSOC", "CSTD"]),
    ("fr2-ecosoc-op124", E, "Prend acte également du rapport établi par le secrétariat de la CNUCED", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op126", E, "Prend note avec satisfaction du rapport du Secrétaire général et des débats tenus à ce sujet", O, EC, [], ["ECOSOC", "CSTD"]),
    ("fr2-ecosoc-op127", E, "Souligne qu'il importe de promouvoir l'avènement d'une société de l'information inclusive", O, EC, ["C2"], ["ECOSOC"]),
    ("fr2-ecosoc-op129", E, "Espère bien que se poursuivront les consultations et les échanges", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op130", E, "Prend note avec satisfaction de la grille Pacte numérique mondial-processus du Sommet mondial", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op131", E, "Recommande que, une fois achevé l'examen 20 ans après de la suite donnée aux textes issus du Sommet mondial, les engagements", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op132", E, "Souligne le rôle que joue le Groupe des Nations Unies sur la société de l'information dans la coordination", O, EC, ["C11"], ["ECOSOC"]),
    ("fr2-ecosoc-op134", E, "Met en avant, à cet égard, le rôle bien établi de la Commission", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op135", E, "Souligne le rôle de la Commission de la science et de la technique au service du développement dans le suivi", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op136", E, "Souligne que les négociations relatives à l'examen 20 ans après", O, EC, [], ["ECOSOC"]),
    ("fr2-ecosoc-op137", E, "Insiste*, à propos de ce qui précède, sur l'objectif visé", O, EC, [], ["ECOSOC"]),
]


# Paragraphs cut by a page break: where each resumes (the start of its next line, read to that line's end).
CONTINUATIONS = {
    "fr2-ecosoc-pre-70-125": "conformément aux buts et aux principes énoncés dans la Charte",
    "fr2-ecosoc-op17": "ghanéen et l'Organisation des Nations Unies pour l'éducation",
    "fr2-ecosoc-op24": "Nations Unies à mettre à jour les informations sur leurs initiatives",
    "fr2-ecosoc-op32": "souligne qu'il faut fournir une éducation au numérique",
    "fr2-ecosoc-op67": "universitaires et toutes les autres parties prenantes à faire une place",
    "fr2-ecosoc-op77": "11 juillet 2025, de même que le processus de consultation ouvert",
    "fr2-ecosoc-op86": "Groupe de travail a veillé à assurer la pleine participation",
    "fr2-ecosoc-op102": "Genève, notamment aux consultations multipartites axées sur les réalisations",
    "fr2-ecosoc-op116-d": "relatives aux technologies de l'information et des communications afin de produire",
    "fr2-ecosoc-op132": "Unies ayant des responsabilités en matière de coopération numérique",
}


def main():
    corpus_items.write("tests/eval/hand-labelled-fr-ecosoc.jsonl", ITEMS, CONTINUATIONS)


if __name__ == "__main__":
    main()
