#!/usr/bin/env python3
"""Writes tests/eval/hand-labelled-fr-ga-itu.jsonl: the remaining French paragraphs of corpus files 001 (General
Assembly resolution 75/202), 002 (ITU Council document on the General Assembly's WSIS+20 high-level meeting) and
004 (ITU Council: report of the CWG-WSIS&SDG chair, draft Resolution 1332 as modified in 2024), labelled by hand.

Every body paragraph of these files that hand_fr_items.py does not already list is here, in document order:
preambular and operative paragraphs, report paragraphs, list items and lettered or numbered sub-paragraphs.
Left out: headings and titles, the one-word keyword lines of the draft resolution ("décide", "charge le Secrétaire
général", ...), bare lead-ins with no content of their own ("le Conseil a également été prié:", "et les membres
de l'UIT sont invités:", "d'examiner et d'améliorer, par l'intermédiaire du GTC-SMSI/ODD:"), footnotes, the
"Références" lists of symbols, and list items that only name an event or a document with its date and organisers.

Only references are stored (file + start anchor; the paragraph runs to the end of its line), never the text.
Each paragraph was labelled from its full text as printed, including the part after a page break.
Labelling rules: tests/eval/README.md. In addition, for these documents:
- A general reference to "les textes issus du Sommet mondial" does not make WSIS-SUMMIT a requesting body; a named
  Summit text does (Déclaration de principes, Plan d'action de Genève, Engagement or Agenda de Tunis).
- A body that holds a role or receives a report is not a requesting body; the organ that set the role is, when named
  (the role of the Commission "tel que défini dans la résolution 2006/46 du Conseil" -> ECOSOC).
- Paragraphs of file 002 that report what the General Assembly's resolution A/RES/80/173 says or requests carry GA,
  as the earlier items of that file do; the annex paragraphs quoted from that resolution have documentBody GA and,
  like the earlier annex items, carry only the bodies they cite themselves.
- Paragraphs whose subject is financing mechanisms, Internet governance and enhanced cooperation, or the measurement
  of ICT for development get no action line: the Secretary-General's report treats these as themes of their own,
  outside the action-line sections, and the earlier items label them the same way. A paragraph that only names
  action-line codes (roadmaps for C2, C4, C5 and C6, focal points for C1, C3, C7...) is about the WSIS process and
  gets none either.
- Gender digital divides: C10 then C3, as the earlier annex item on them.
Run from the repository root: python3 tests/eval/hand_fr_ga_itu_items.py
"""
import corpus_items

G = "001_c994054558bf5bc9.txt"  # General Assembly resolution 75/202
R = "002_f1425ecc0daaa0de.txt"  # ITU Council document on the WSIS+20 high-level meeting
W = "004_ed308b90e20e3f2d.txt"  # ITU Council: report of the CWG-WSIS&SDG chair, draft Resolution 1332

IC = "ITU-COUNCIL"

# (id, file, start anchor, kind, documentBody, actionLines, requestingBodies)
ITEMS = [
    # General Assembly resolution 75/202: preamble
    ("fr2-ga-pre-74-197", G, "*Rappelant* sa résolution [74/197](#)", "preambular", "GA", [], ["GA"]),
    ("fr2-ga-pre-70-1", G, "*Réaffirmant* les dispositions de sa résolution [70/1](#)", "preambular", "GA", [], ["GA"]),
    ("fr2-ga-pre-69-313", G, "*Réaffirmant également* les dispositions de sa résolution [69/313](#)", "preambular", "GA", [], ["GA"]),
    ("fr2-ga-pre-habitat", G, "*Réaffirmant en outre* la teneur du Nouveau Programme pour les villes", "preambular", "GA", [], []),
    ("fr2-ga-pre-cstd-role", G, "*Consciente* du rôle que joue la Commission de la science", "preambular", "GA", [], []),
    ("fr2-ga-pre-cstd-focal", G, "*Considérant* que la Commission de la science et de la technique au service du développement est l'organe", "preambular", "GA", [], []),
    ("fr2-ga-pre-tfm", G, "*Consciente* que le Mécanisme de facilitation des technologies", "preambular", "GA", ["C11", "C1"], []),
    ("fr2-ga-pre-ict-2030", G, "*Rappelant également* les références aux technologies", "preambular", "GA", [], []),
    ("fr2-ga-pre-70-125", G, "*Rappelant en outre* le document final de sa réunion de haut niveau", "preambular", "GA", [], ["GA"]),
    ("fr2-ga-pre-geneva-vision", G, "*Réaffirmant* sa volonté et sa détermination communes", "preambular", "GA", [], ["WSIS-SUMMIT"]),
    ("fr2-ga-pre-literacy", G, "*Réaffirmant également* la teneur du document final de sa réunion de haut niveau", "preambular", "GA", ["C4", "C9"], ["GA"]),
    ("fr2-ga-pre-divide", G, "*Considérant* que les technologies de l'information et des communications présente des possibilités", "preambular", "GA", ["C2"], []),
    ("fr2-ga-pre-sg-report", G, "*Prenant acte* du rapport du Secrétaire général sur les progrès accomplis", "preambular", "GA", [], []),
    ("fr2-ga-pre-broadband-ldc", G, "*Prenant acte également* du rapport sur les retombées économiques du haut débit", "preambular", "GA", ["C2", "C7.1"], []),
    ("fr2-ga-pre-2006-46", G, "*Notant* qu'il a été demandé que les rapports annuels", "preambular", "GA", [], ["ECOSOC"]),
    ("fr2-ga-pre-cstd-session", G, "*Notant également* que la Commission de la science et de la technique au service du développement a tenu", "preambular", "GA", [], ["CSTD"]),
    ("fr2-ga-pre-cooperation", G, "*Prenant acte* du rapport intitulé « L'ère de l'interdépendance numérique »", "preambular", "GA", ["C1"], []),
    ("fr2-ga-pre-wsis-forum", G, "*Prenant note* du Forum de suivi du Sommet mondial", "preambular", "GA", [], []),
    ("fr2-ga-pre-drivers", G, "*Consciente* que les technologies de l'information et des communications sont des moteurs essentiels", "preambular", "GA", ["C7"], []),
    ("fr2-ga-pre-gaps", G, "*Soulignant*, toutefois, qu'en dépit des progrès récents", "preambular", "GA", ["C2"], []),
    ("fr2-ga-pre-dev-coop", G, "*Soulignant également* que toutes les formes de coopération pour le développement", "preambular", "GA", ["C11"], []),
    ("fr2-ga-pre-broadband-wg", G, "*Rappelant* les recommandations que le Groupe de travail sur le fossé numérique entre les sexes", "preambular", "GA", ["C10", "C4"], []),
    ("fr2-ga-pre-gender", G, "*Considérant* que l'égalité des genres et l'autonomisation des femmes", "preambular", "GA", ["C10", "C3"], []),
    ("fr2-ga-pre-gender-gap", G, "*Notant avec une vive préoccupation* que le fossé numérique entre les sexes persiste", "preambular", "GA", ["C10", "C3"], []),
    ("fr2-ga-pre-emerging-issues", G, "*Notant* que diverses questions continuent de se faire jour", "preambular", "GA", [], []),
    ("fr2-ga-pre-ig", G, "*Réaffirmant également* que la gouvernance d'Internet", "preambular", "GA", [], ["IGF"]),
    ("fr2-ga-pre-wgec", G, "*Rappelant également* la mise en place du Groupe de travail sur le renforcement de la coopération", "preambular", "GA", [], ["GA", "CSTD", "ECOSOC"]),
    ("fr2-ga-pre-itu-role", G, "*Considérant* que les technologies de l'information et des communications peuvent accélérer", "preambular", "GA", [], []),
    ("fr2-ga-pre-wtdc", G, "*Prenant acte* de l'organisation de la Conférence mondiale de développement des télécommunications", "preambular", "GA", [], []),
    ("fr2-ga-pre-tech-progress", G, "*Notant* que les progrès technologiques offrent", "preambular", "GA", ["C1", "C10"], []),
    ("fr2-ga-pre-multistakeholder", G, "*Réaffirmant* les valeurs et principes de coopération et de dialogue", "preambular", "GA", ["C1"], []),
    ("fr2-ga-pre-no-one-behind", G, "*Réitérant* l'engagement de ne laisser personne de côté", "preambular", "GA", [], []),
    ("fr2-ga-pre-covid", G, "*Notant avec une vive préoccupation* que la pandémie de COVID-19", "preambular", "GA", [], []),
    ("fr2-ga-pre-offline", G, "*Constatant avec une vive préoccupation* que près de la moitié", "preambular", "GA", ["C2"], []),

    # General Assembly resolution 75/202: operative paragraphs
    ("fr2-ga-op1", G, "*Estime* que les technologies de l'information et des communications peuvent offrir", "operative", "GA", ["C1"], ["GA"]),
    ("fr2-ga-op2", G, "*Salue* l'évolution et la diffusion remarquables", "operative", "GA", ["C1"], ["GA"]),
    ("fr2-ga-op3", G, "*Estime* que les technologies de l'information et des communications peuvent contribuer", "operative", "GA", ["C1"], ["GA"]),
    ("fr2-ga-op4", G, "*Réaffirme sa volonté* de combler la fracture numérique", "operative", "GA", ["C2"], ["GA"]),
    ("fr2-ga-op6", G, "*Engage* les parties prenantes, des pays développés", "operative", "GA", ["C1", "C11"], ["GA"]),
    ("fr2-ga-op7", G, "*Se félicite* de l'entrée en activité de la Banque de technologies", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op8", G, "*Prend note* des progrès accomplis par les entités du système", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op12", G, "*Constate* à cet égard que la CNUCED", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr2-ga-op14", G, "*Se félicite également* de la tenue de la Semaine du commerce électronique", "operative", "GA", ["C7.2"], ["GA"]),
    ("fr2-ga-op16", G, "*Constate* que, malgré les récents progrès", "operative", "GA", ["C2"], ["GA"]),
    ("fr2-ga-op19", G, "*Encourage* la recherche-développement", "operative", "GA", ["C6", "C2"], ["GA"]),
    ("fr2-ga-op20", G, "*Constate* qu'il subsiste un fossé numérique entre les sexes", "operative", "GA", ["C10", "C3"], ["GA"]),
    ("fr2-ga-op21", G, "*Prend note* de l'application au niveau régional", "operative", "GA", ["C11"], ["GA"]),
    ("fr2-ga-op22", G, "*Engage* les fonds, programmes et institutions spécialisées", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op24", G, "*Se dit consciente* de l'importance que revêtent le Forum", "operative", "GA", [], ["GA", "WSIS-SUMMIT", "IGF"]),
    ("fr2-ga-op25", G, "*Insiste* sur la nécessité de renforcer la participation", "operative", "GA", [], ["GA", "IGF"]),
    ("fr2-ga-op27", G, "*Note* que le Groupe de travail s'est réuni cinq fois", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op28", G, "*Rappelle* le rapport du Président du Groupe de travail", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op29", G, "*Salue* les progrès notables faits par le Groupe de travail", "operative", "GA", [], ["GA", "WSIS-SUMMIT"]),
    ("fr2-ga-op30", G, "*Considère* qu'il importe de renforcer la coopération à l'avenir", "operative", "GA", [], ["GA", "WSIS-SUMMIT"]),
    ("fr2-ga-op31", G, "*Encourage* toutes les parties prenantes à tirer parti des forums", "operative", "GA", ["C1", "C11"], ["GA"]),
    ("fr2-ga-op32", G, "*Considère* que le manque d'accès", "operative", "GA", ["C2"], ["GA"]),
    ("fr2-ga-op33", G, "*Considère également* que les technologies", "operative", "GA", ["C4", "C11", "C2"], ["GA"]),
    ("fr2-ga-op34", G, "*Considère en outre* qu'il faut tirer parti", "operative", "GA", ["C4"], ["GA"]),
    ("fr2-ga-op35", G, "*Note* que, si des jalons solides", "operative", "GA", ["C4"], ["GA"]),
    ("fr2-ga-op37", G, "*Se dit consciente* de l'importance de la libre circulation", "operative", "GA", ["C6", "C2", "C3"], ["GA"]),
    ("fr2-ga-op39", G, "*Prend acte* des engagements souscrits dans le Programme d'action d'Addis-Abeba", "operative", "GA", ["C11"], ["GA"]),
    ("fr2-ga-op40", G, "*Invite* toutes les parties prenantes à apporter une aide plus complète", "operative", "GA", ["C7.2", "C4"], ["GA"]),
    ("fr2-ga-op42", G, "*Se félicite* de la tenue du cinquième forum", "operative", "GA", [], ["GA", "ECOSOC"]),
    ("fr2-ga-op43", G, "*Réaffirme* l'engagement, qui est au cœur même", "operative", "GA", [], ["GA"]),
    ("fr2-ga-op44", G, "*Salue* le rôle important que jouent les technologies", "operative", "GA", ["C2", "C7.3", "C7.4"], ["GA"]),

    # ITU Council document on the WSIS+20 high-level meeting: cover sheet and report
    ("fr2-itu002-council-action", R, "Le Conseil est invité à prendre note du présent document.", "paragraph", IC, [], []),
    ("fr2-itu002-strategic-link", R, "Plates-formes fédératrices, partenariats et coopération internationale.", "paragraph", IC, [], []),
    ("fr2-itu002-financial", R, "Dans les limites du budget alloué pour 2025-2026.", "paragraph", IC, [], []),
    ("fr2-itu002-pga-statement", R, "La réunion de haut niveau s'est ouverte sur une déclaration", "paragraph", IC, ["C1", "C2"], ["GA"]),
    ("fr2-itu002-usg-statement", R, "S'exprimant au nom du Secrétaire général de l'Organisation", "paragraph", IC, ["C1"], []),
    ("fr2-itu002-statements", R, "Les États-Membres, ainsi que les représentants", "paragraph", IC, ["C2", "C4"], []),
    ("fr2-itu002-itu-sg-statement", R, "Mme Doreen Bogdan-Martin, Secrétaire générale de l'UIT, a prononcé", "paragraph", IC, ["C11"], []),
    ("fr2-itu002-wsis20-chair", R, "S'exprimant au nom des États Membres de l'UIT", "paragraph", IC, ["C1", "C2"], []),
    ("fr2-itu002-itu-role", R, "Toujours dans cette Résolution, l'Assemblée générale réaffirme", "paragraph", IC, ["C11"], ["GA"]),
    ("fr2-itu002-guidance", R, "Le document final adopté à la réunion donne des orientations", "paragraph", IC, [], ["GA"]),
    ("fr2-itu002-task-force", R, "Par ailleurs, l'UIT, les coordonnateurs pour les grandes orientations", "paragraph", IC, ["C11"], ["GA"]),
    ("fr2-itu002-measurement", R, "La Résolution met en avant le Partenariat sur la mesure", "paragraph", IC, [], ["GA"]),
    ("fr2-itu002-ai-panel", R, "Enfin, il est pris acte dans la Résolution de la création", "paragraph", IC, ["C1"], ["GA"]),
    ("fr2-itu002-itu-contribution", R, "En sa qualité d'institution spécialisée des Nations Unies pour les technologies numériques et d'institution", "paragraph", IC, [], ["GA"]),
    ("fr2-itu002-side-events", R, "En marge de la réunion de haut niveau, l'UIT a organisé", "paragraph", IC, [], []),
    ("fr2-itu002-side-sessions", R, "Organisées sous une forme hybride au siège du PNUD", "paragraph", IC, ["C1", "C11"], []),
    ("fr2-itu002-digital-unga", R, "En outre, l'UIT a organisé, en partenariat avec le PNUD", "paragraph", IC, ["C2", "C7"], []),
    ("fr2-itu002-other-events", R, "L'UIT a de plus contribué activement", "paragraph", IC, [], []),
    ("fr2-itu002-next-steps", R, "Le document adopté à la réunion de haut niveau du SMSI+20 donne un mandat renouvelé", "paragraph", IC, [], ["GA", IC, "ITU-PP"]),

    # File 002, annex: paragraphs quoted from the outcome document A/RES/80/173
    ("fr2-itu002-annex-chapeau", R, "S'appuyant sur le rapport d'examen 20 ans après", "preambular", "GA", [], ["CSTD", "IGF"]),
    ("fr2-itu002-annex-18", R, "Nous réaffirmons que les grandes orientations arrêtées au Sommet mondial", "paragraph", "GA", [], ["WSIS-SUMMIT"]),
    ("fr2-itu002-annex-20", R, "Nous saluons l'élargissement spectaculaire", "paragraph", "GA", ["C2"], []),
    ("fr2-itu002-annex-21", R, "Nous sommes toutefois très préoccupés par les fractures numériques béantes", "paragraph", "GA", ["C2"], []),
    ("fr2-itu002-annex-53", R, "Nous saluons le travail que font les commissions régionales", "paragraph", "GA", ["C6", "C11"], ["GA"]),
    ("fr2-itu002-annex-67", R, "Nous invitons l'Union internationale des télécommunications, qui assure le secrétariat", "paragraph", "GA", ["C11"], ["GA"]),
    ("fr2-itu002-annex-86", R, "Nous demandons au Groupe de travail interinstitutions sur l'intelligence artificielle", "paragraph", "GA", ["C4"], ["GA"]),
    ("fr2-itu002-annex-107", R, "Nous saluons l'action menée durant les deux dernières décennies", "paragraph", "GA", [], ["GA"]),
    ("fr2-itu002-annex-108", R, "Nous nous félicitons que l'Union internationale des télécommunications, agissant", "paragraph", "GA", ["C11"], ["GA"]),
    ("fr2-itu002-annex-109", R, "Nous réaffirmons notre attachement au cadre formé par les grandes orientations", "paragraph", "GA", [], ["GA", "WSIS-SUMMIT"]),
    ("fr2-itu002-annex-113", R, "Nous prions les entités qui facilitent le mise en œuvre", "paragraph", "GA", [], ["GA"]),
    ("fr2-itu002-annex-114", R, "Nous saluons les travaux menés dans le cadre du Partenariat sur la mesure", "paragraph", "GA", [], []),
    ("fr2-itu002-annex-115", R, "Nous sommes déterminés à continuer d'élaborer des objectifs", "paragraph", "GA", [], ["GA"]),
    ("fr2-itu002-annex-117", R, "Nous prions le Partenariat sur la mesure des TIC", "paragraph", "GA", [], ["GA"]),
    ("fr2-itu002-annex-121", R, "Nous demandons qu'en tant que mécanisme interinstitutions", "paragraph", "GA", ["C11"], ["GA"]),
    ("fr2-itu002-annex-122", R, "Nous prenons note de la grille Pacte numérique mondial", "paragraph", "GA", ["C11", "C1"], ["GA", "ECOSOC"]),
    ("fr2-itu002-annex-127", R, "Nous prions l'Assemblée générale d'organiser, en 2035", "paragraph", "GA", [], ["GA"]),

    # ITU Council: report of the CWG-WSIS&SDG chair (39th and 40th meetings)
    ("fr2-itu004-council-action", W, "Le Conseil est invité à prendre note du présent rapport", "paragraph", IC, [], [IC]),
    ("fr2-itu004-strategic-link", W, "Plates-formes fédératrices; partenariats et coopération internationale.", "paragraph", IC, [], []),
    ("fr2-itu004-financial", W, "Dans les limites du budget alloué pour 2024-2025.", "paragraph", IC, [], []),
    ("fr2-itu004-intro", W, "Le présent document rend compte des deux réunions", "paragraph", IC, [], ["CWG-WSIS", IC]),
    ("fr2-itu004-intro-a", W, "les activités menées par l'UIT dans le cadre de la mise en œuvre des résultats du SMSI et du Programme", "list-item", IC, [], []),
    ("fr2-itu004-intro-b", W, "le processus d'examen d'ensemble du SMSI+20 et la contribution de l'UIT", "list-item", IC, [], []),
    ("fr2-itu004-intro-c", W, "l'alignement du processus du SMSI sur le Programme 2030", "list-item", IC, [], []),
    ("fr2-itu004-intro-d", W, "la contribution de l'UIT au Forum politique de haut niveau (HLPF)", "list-item", IC, [], []),
    ("fr2-itu004-intro-e", W, "la contribution de l'UIT au Pacte numérique mondial et ses liens", "list-item", IC, [], []),
    ("fr2-itu004-intro-meetings", W, "Les réunions ont rassemblé de nombreux participants", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-2-3", W, "Les participants ont également examiné la suite à donner", "paragraph", IC, [], [IC]),
    ("fr2-itu004-2-4", W, "La feuille de route de la Commission de la science et de la technique au service du développement (CSTD)", "paragraph", IC, [], ["CSTD"]),
    ("fr2-itu004-2-5", W, "Les travaux préparatoires en vue du Sommet de l'avenir de 2024", "paragraph", IC, [], []),
    ("fr2-itu004-2-6", W, "Les feuilles de route de l'UIT pour les grandes orientations C2, C4, C5 et C6 du SMSI ont été présentées", "paragraph", IC, [], []),
    ("fr2-itu004-2-7", W, "Les participants aux réunions ont examiné les résultats des activités annuelles", "paragraph", IC, [], []),
    ("fr2-itu004-2-10", W, "Concernant les activités préparatoires en vue de l'examen d'ensemble", "paragraph", IC, [], []),
    ("fr2-itu004-2-10-1", W, "Le GTC-SMSI&ODD a engagé des discussions sur le rôle de l'UIT", "paragraph", IC, [], ["CWG-WSIS", "ITU-PP"]),
    ("fr2-itu004-2-10-2", W, "Les préparatifs de la manifestation de haut niveau SMSI+20 ont été passés en revue", "paragraph", IC, [], []),
    ("fr2-itu004-2-10-3", W, "Le groupe a salué la contribution de l'UIT aux processus de gouvernance", "paragraph", IC, ["C1"], []),
    ("fr2-itu004-2-11", W, "Les contributions de l'UIT aux activités visant à aligner le processus du SMSI", "paragraph", IC, ["C11"], ["ECOSOC"]),
    ("fr2-itu004-2-11-gender", W, "Une manifestation parallèle des pionniers de l'égalité hommes", "paragraph", IC, ["C10", "C3"], []),
    ("fr2-itu004-2-12", W, "Conformément à la Résolution 1332 (C11, dernière mod. C19)", "paragraph", IC, [], [IC, "CWG-WSIS"]),
    ("fr2-itu004-2-13", W, "À la suite de la présentation et de l'examen des activités de l'UIT relatives", "paragraph", IC, [], []),
    ("fr2-itu004-2-14", W, "La participation de l'UIT aux Forums HLPF", "paragraph", IC, [], ["ECOSOC", "GA", IC]),
    ("fr2-itu004-3-1", W, "Le Groupe a demandé au Secrétariat de mettre à jour les feuilles de route", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-2", W, "Les membres et toutes les parties prenantes sont invités à contribuer à la manifestation", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-3", W, "De plus amples informations sur le Forum 2025 du SMSI", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-4", W, "Les membres et toutes les parties prenantes du SMSI sont invités à verser", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-5", W, "Les membres et toutes les parties prenantes sont encouragés à contribuer activement", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-6", W, "Le Groupe s'est félicité des informations actualisées sur les activités du Groupe UNGIS", "paragraph", IC, ["C11"], ["CWG-WSIS"]),
    ("fr2-itu004-3-7", W, "Le Groupe a encouragé le Secrétariat à poursuivre sa collaboration", "paragraph", IC, ["C11"], ["CWG-WSIS"]),
    ("fr2-itu004-3-8", W, "Le Secrétariat a été invité à renforcer sa contribution au Pacte numérique mondial", "paragraph", IC, ["C1"], ["CWG-WSIS"]),
    ("fr2-itu004-3-10", W, "Les membres ont été invités à participer aux manifestations régionales", "paragraph", IC, ["C11"], ["CWG-WSIS"]),
    ("fr2-itu004-3-11", W, "Les membres ont été invités à participer activement aux activités de célébration", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-12", W, "Le groupe a pris note des activités présentées dans la feuille de route", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-13", W, "En vue de l'examen d'ensemble de la mise en œuvre des résultats du SMSI et d'un projet pour l'après-2025, et conformément", "paragraph", IC, [], [IC, "CWG-WSIS"]),
    ("fr2-itu004-3-14", W, "d'inviter le Secrétariat à soumettre au Conseil, à sa session de 2024", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-15", W, "d'inviter le Conseil à sa session de 2024, après l'examen", "paragraph", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-15-1", W, "d'examiner et d'approuver le rapport sur la contribution de l'UIT au SMSI+20", "list-item", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-3-15-2", W, "de soumettre un rapport en conséquence au Conseil à sa session de 2025.", "list-item", IC, [], ["CWG-WSIS"]),
    ("fr2-itu004-hle-held", W, "Pour conclure, la manifestation de haut niveau du Forum du SMSI+20 s'est tenue", "paragraph", IC, [], []),
    ("fr2-itu004-hle-discussions", W, "Au cours des cinq jours de discussions", "paragraph", IC, [], []),
    ("fr2-itu004-revision", W, "Étant donné que 2025 marquera le vingtième anniversaire", "paragraph", IC, [], [IC, "WSIS-SUMMIT"]),

    # File 004, annex A: draft Resolution 1332 (modified in 2024)
    ("fr2-itu004-rec-b", W, "la Résolution 70 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires sur l'intégration", "list-item", IC, ["C10"], ["ITU-PP"]),
    ("fr2-itu004-rec-c", W, "la Résolution 102 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires sur le rôle", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-rec-f", W, "les Résolutions pertinentes des Secteurs de l'UIT", "list-item", IC, [], []),
    ("fr2-itu004-rec-h", W, "la Résolution 70/1, \"Transformer notre monde", "list-item", IC, [], ["GA"]),
    ("fr2-itu004-rec-i", W, "les Résolutions pertinentes de l'Assemblée générale des Nations Unies et du Conseil économique et social", "list-item", IC, [], ["GA", "ECOSOC"]),
    ("fr2-itu004-rec-j", W, "la Déclaration du SMSI+10 sur la mise en œuvre des résultats du SMSI et la Vision", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-rec-k", W, "les Résolutions et Décisions pertinentes de la Conférence de plénipotentiaires", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-a", W, "que l'UIT a un rôle déterminant à jouer", "list-item", IC, [], []),
    ("fr2-itu004-cons-c", W, "que, dans sa Résolution 140 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires a appelé", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-d", W, "que la mise en œuvre des résultats du SMSI contribuera à promouvoir", "list-item", IC, [], []),
    ("fr2-itu004-cons-e", W, "que, par sa Résolution 140 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires a chargé", "list-item", IC, [], ["ITU-PP", "GA"]),
    ("fr2-itu004-cons-f", W, "que, dans sa Résolution 140 (Rév. Bucarest, 2022), la Conférence de plénipotentiaires souligne", "list-item", IC, ["C2", "C11"], ["ITU-PP", "WSIS-SUMMIT"]),
    ("fr2-itu004-cons-g", W, "que, aux termes de la Résolution 140 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires, l'UIT doit soumettre", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-i", W, "de superviser, d'examiner et d'étudier, selon qu'il conviendra", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-ii", W, "de superviser l'adaptation de l'UIT à la société de l'information", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-iii", W, "de continuer de faire rapport chaque année au Forum HLPF", "list-item", IC, [], ["ITU-PP", "GA"]),
    ("fr2-itu004-cons-g-iv", W, "d'examiner les résultats de l'examen d'ensemble de la mise en œuvre des résultats du SMSI effectué par", "list-item", IC, [], ["ITU-PP", "GA"]),
    ("fr2-itu004-cons-g-v-1", W, "les activités de l'UIT relatives à la mise en œuvre des résultats du SMSI et à la réalisation des ODD;", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-v-2", W, "les règles et les lignes directrices relatives aux Prix du SMSI", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-v-3", W, "la promotion des projets récompensés par des Prix du SMSI", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-g-members", W, "à prendre une part active à la mise en œuvre des résultats du SMSI et à la réalisation des ODD, à apporter", "list-item", IC, [], ["ITU-PP"]),
    ("fr2-itu004-cons-h", W, "que la Résolution 102 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires, dans ses considérant", "list-item", IC, [], ["ITU-PP", "WSIS-SUMMIT"]),
    ("fr2-itu004-recog-a", W, "l'engagement pris par l'UIT en ce qui concerne la mise en œuvre", "list-item", IC, [], []),
    ("fr2-itu004-recog-b", W, "que le document final de l'Assemblée générale des Nations Unies sur l'examen d'ensemble", "list-item", IC, [], ["GA"]),
    ("fr2-itu004-recog-c", W, "que le Programme de développement durable à l'horizon 2030 a des incidences importantes", "list-item", IC, [], []),
    ("fr2-itu004-recog-d", W, "que les ODD et le SMSI sont étroitement liés", "list-item", IC, [], []),
    ("fr2-itu004-recog-f", W, "le processus du SMSI en tant que fondement des politiques", "list-item", IC, [], []),
    ("fr2-itu004-recog-g", W, "la présidence réussie de la manifestation de haut niveau", "list-item", IC, [], []),
    ("fr2-itu004-recog-h", W, "les résultats de la manifestation de haut niveau du Forum du SMSI+20 tenue en 2024 et l'appel", "list-item", IC, [], []),
    ("fr2-itu004-recog-h-i", W, "maintenir la pertinence des résultats du SMSI", "list-item", IC, [], []),
    ("fr2-itu004-recog-h-ii", W, "faire en sorte que le Pacte numérique mondial et l'examen des 20 ans du SMSI", "list-item", IC, ["C1"], []),
    ("fr2-itu004-recog-i", W, "que le Forum 2025 du SMSI devrait être considéré", "list-item", IC, [], ["WSIS-SUMMIT"]),
    ("fr2-itu004-note-a", W, "que le Secrétaire général de l'UIT a créé le Groupe spécial", "list-item", IC, [], []),
    ("fr2-itu004-note-b", W, "la contribution soumise par l'UIT sur le Pacte numérique mondial", "list-item", IC, [], []),
    ("fr2-itu004-decide-2", W, "que l'UIT doit poursuivre la coordination des Forums du SMSI", "operative", IC, [], [IC]),
    ("fr2-itu004-decide-3", W, "d'utiliser le cadre du SMSI comme base pour la contribution", "operative", IC, [], [IC]),
    ("fr2-itu004-decide-3a", W, "actualisant ses feuilles de route sur les grandes orientations C2, C4, C5 et C6", "list-item", IC, [], [IC]),
    ("fr2-itu004-decide-3b", W, "contribuant, selon qu'il conviendra, aux feuilles de route/programmes de travail", "list-item", IC, [], [IC]),
    ("fr2-itu004-decide-4", W, "que le Groupe de travail du Conseil sur le SMSI et les ODD, ouvert à tous les membres", "operative", IC, [], [IC]),
    ("fr2-itu004-decide-6", W, "d'établir un processus préparatoire ouvert et inclusif, dans le cadre d'une plate-forme", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-cwg-1", W, "d'engager un processus préparatoire ouvert et inclusif, analogue", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-cwg-2", W, "d'organiser des consultations ouvertes en ligne", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-cwg-3", W, "d'examiner les activités préparatoires de l'UIT en vue de la tenue", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-cwg-4", W, "de suivre et d'examiner les activités du Secrétaire général et des Directeurs", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-cwg-5", W, "d'examiner les contributions de l'UIT relatives à divers thèmes", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-1", W, "de mettre à jour régulièrement les feuilles de route relatives aux activités de l'UIT, dans le cadre", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-2", W, "de veiller à ce que les activités de l'UIT relatives au Programme", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-3", W, "d'établir un rapport final et exhaustif", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-4", W, "de tirer parti des résultats de la manifestation de haut niveau du Forum du SMSI+20 de 2024", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-5", W, "de continuer de renforcer le rôle de premier plan que joue l'UIT", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-summit-future", W, "de continuer de contribuer au Sommet de l'avenir", "operative", IC, ["C1"], [IC]),
    ("fr2-itu004-charge-sg-ecosoc-report", W, "de faire rapport chaque année, au Conseil économique et social", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-hlpf", W, "de fournir chaque année une contribution sur les activités pertinentes de l'UIT au Forum politique", "operative", IC, [], [IC, "GA"]),
    ("fr2-itu004-charge-sg-council-report", W, "de présenter chaque année au Conseil de l'UIT, pour examen et décision", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-pp26-reports", W, "de soumettre au Conseil à sa session de 2025 et à la Conférence de plénipotentiaires de 2026 des rapports", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-ungis", W, "d'inviter le Groupe des Nations Unies sur la société de l'information (UNGIS), qui est", "operative", IC, ["C11"], [IC]),
    ("fr2-itu004-charge-sg-wsis-forum", W, "de continuer à coordonner le Forum du SMSI en tant qu'espace", "operative", IC, ["C11"], [IC]),
    ("fr2-itu004-charge-sg-stocktaking", W, "d'adapter la base de données de l'inventaire", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-sg-task-force", W, "de tenir compte des résultats du GTC-SMSI et ODD dans les activités", "operative", IC, [], [IC, "CWG-WSIS"]),
    ("fr2-itu004-charge-sg-trust-fund", W, "de maintenir le Fonds d'affectation spéciale pour le SMSI", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-dir-1", W, "en plus des coordonnateurs pour les grandes orientations C2, C4, C5 et C6", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-dir-2", W, "de définir des tâches et des délais spécifiques", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-dir-3", W, "de tenir compte des tâches de l'UIT en ce qui concerne", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-dir-4", W, "de mettre à jour régulièrement la feuille de route relative aux activités menées par l'UIT", "operative", IC, [], [IC]),
    ("fr2-itu004-charge-dir-5", W, "de poursuivre l'intégration de la mise en œuvre du Plan d'action de l'UIT", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-1", W, "à veiller à ce que le mandat de l'UIT, les thèmes dont elle s'occupe", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-2", W, "à prendre une part active aux activités se rapportant à la mise en œuvre", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-3", W, "à participer activement aux activités menées par l'UIT sur la mise en œuvre", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-4", W, "à renforcer leur participation active, ainsi que leur contribution", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-5", W, "à mobiliser des ressources à l'appui des efforts", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-6", W, "à continuer de verser des informations sur leurs activités", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-7", W, "à continuer de présenter des projets pour les Prix annuels", "operative", IC, [], [IC]),
    ("fr2-itu004-invite-8", W, "à encourager les membres de l'Union et les autres parties prenantes", "operative", IC, [], [IC]),
    ("fr2-itu004-mandate-a", W, "Permettre aux membres de fournir des contributions", "list-item", IC, [], [IC]),
    ("fr2-itu004-mandate-b", W, "Superviser, examiner et étudier la mise en œuvre par l'UIT", "list-item", IC, [], [IC, "ITU-PP"]),
    ("fr2-itu004-mandate-c", W, "Superviser et évaluer, chaque année, les mesures prises", "list-item", IC, [], [IC]),
    ("fr2-itu004-mandate-d", W, "Donner des informations aux membres en ce qui concerne les mesures", "list-item", IC, [], [IC]),
    ("fr2-itu004-mandate-e", W, "Fournir aux membres des propositions relatives au rôle actif", "list-item", IC, [], [IC, "ITU-PP"]),
    ("fr2-itu004-mandate-f", W, "Donner des orientations à l'UIT sur ses activités futures", "list-item", IC, [], [IC, "ITU-PP"]),
    ("fr2-itu004-mandate-g", W, "Donner des orientations à l'UIT sur la façon dont", "list-item", IC, [], [IC]),
    ("fr2-itu004-mandate-h", W, "Élaborer, à l'intention du Conseil, pour examen", "list-item", IC, [], [IC]),
]


# Paragraphs cut by a page break or a footnote block: where each resumes (the start of its next line, read to that
# line's end).
CONTINUATIONS = {
    "fr2-ga-pre-70-1": "fait dans le cadre des objectifs du Millénaire pour le développement",
    "fr2-ga-pre-ict-2030": "donner suite aux textes issus du Sommet mondial sur la société de l'information soient",
    "fr2-ga-pre-2006-46": "système, en particulier pour l'examen et l'évaluation des progrès accomplis",
    "fr2-ga-op3": "communications dans leurs stratégies de réalisation de ces objectifs",
    "fr2-ga-op19": "en favorisant un contexte propice à l'action à tous les niveaux",
    "fr2-ga-op32": "transfert de technologies, selon des modalités arrêtées d'un commun accord",
    "fr2-ga-op44": "et le développement des solutions d'enseignement à distance",
}


def main():
    corpus_items.write("tests/eval/hand-labelled-fr-ga-itu.jsonl", ITEMS, CONTINUATIONS)


if __name__ == "__main__":
    main()
