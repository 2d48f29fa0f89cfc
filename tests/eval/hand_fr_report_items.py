#!/usr/bin/env python3
"""Writes tests/eval/hand-labelled-fr-report.jsonl: the numbered paragraphs of the Secretary-General's 2024 report
(corpus file 003) outside its action-line sections III.F.1 a) to k), labelled by hand.

Scope: the introduction (paragraph 1), the major trends (I), regional implementation (II), the international
sections before III.F.1 a) (paragraphs 17 to 22), the themes of III.F.2 (financing, Internet governance,
measurement: paragraphs 74 to 82) and the conclusions (IV, paragraphs 83 to 87). Paragraphs 23 to 73 are in
sg-report-2024.jsonl (labelled by the report's own headings) and are not repeated here.

Each paragraph was labelled by reading its full text, as the report would file it if it stood under an
action-line section: primary line first, then the other lines it is substantively about. Paragraphs on the WSIS
process, its follow-up, Internet governance processes, measurement in general or the SDGs in general carry no
line. Requesting bodies follow the labelling rules of README.md: a body counts when the paragraph cites its
resolution, decision, request, mandate, outcome text or meeting; a generic mention of the Sustainable
Development Goals, of the Global Digital Compact or of the WSIS outcomes does not name a body.

Only references are stored (file, start anchor, end anchor: a few words each, as the report prints them), never
the text: the corpus may not be copied. The file is a hard-wrapped PDF extraction, so every item has an end
anchor; CorpusParagraphResolver drops the footnote blocks interleaved at page breaks before matching, and the
anchors were checked to match the intended paragraph at their first occurrence in that cleaned text.
Run from the repository root: python3 tests/eval/hand_fr_report_items.py
"""
import json

F = "003_93a91d9ffa97d902.txt"  # Report of the Secretary-General on WSIS progress in 2024

# (id, file, start anchor, end anchor, kind, actionLines, requestingBodies)
ITEMS = [
    # Introduction
    ("fr2-report-p1", F, "1. Le présent rapport a été établi en application", "des progrès accomplis en 2024.", "paragraph", [], ["ECOSOC"]),
    # I. Grandes tendances
    ("fr2-report-p2", F, "2. Le monde a changé à bien des égards", "pour le bien de l'humanité2.", "paragraph", ["C1"], ["GA"]),
    ("fr2-report-p3", F, "3. La coopération internationale et la collaboration multipartite", "rapide de l'environnement technologique.", "paragraph", ["C11", "C1"], []),
    ("fr2-report-p4", F, "4. L'amélioration de la connectivité est l'un des", "conflits et d'autres crises humanitaires.", "paragraph", ["C2"], []),
    ("fr2-report-p5", F, "5. Ces dernières années, l'attention s'est portée sur", "aux abus et à la cybercriminalité.", "paragraph", ["C2"], []),
    ("fr2-report-p6", F, "6. Le recours accru à l'intelligence artificielle depuis", "pour la sûreté et la sécurité.", "paragraph", ["C6"], []),
    ("fr2-report-p7", F, "7. Dans son rapport intitulé Gouverner l'IA au", "et fondée sur les risques »7.", "paragraph", ["C6", "C1"], []),
    ("fr2-report-p8", F, "8. La communauté internationale est de plus en plus consciente", "la prise de décisions commerciales.", "paragraph", ["C7.6"], []),
    ("fr2-report-p9", F, "9. Dans son rapport intitulé Digital Economy Report 2024: Shaping", "un recyclage responsables8.", "paragraph", ["C7.6"], []),
    ("fr2-report-p10", F, "10. L'avènement de la société de l'information s'est", "dans les ressources numériques.", "paragraph", ["C10", "C9"], []),
    ("fr2-report-p11", F, "11. L'intégrité de l'information est une question qui", "mieux interagir avec celui-ci9.", "paragraph", ["C9", "C10"], []),
    # II. Application et suivi au niveau régional
    ("fr2-report-p12", F, "12. Le Centre d'excellence numérique de la Commission", "sur le commerce numérique en Afrique10.", "paragraph", ["C11", "C6"], []),
    ("fr2-report-p13", F, "13. La CESAP promeut la coopération et l'inclusion", "préparation aux situations d'urgence11.", "paragraph", ["C11", "C2"], []),
    ("fr2-report-p14", F, "14. Le Plan d'action arabe dans le domaine", "durable à l'horizon 203012.", "paragraph", ["C11", "C4", "C7.1"], []),
    ("fr2-report-p15", F, "15. La CEE coordonne les activités du Centre", "artificielle dans ses États membres15.", "paragraph", ["C11", "C7.2", "C6"], []),
    ("fr2-report-p16", F, "16. Le plan d'action numérique 2024 pour l'Amérique", "outils avant de les mettre en place.", "paragraph", ["C11", "C6"], []),
    # III. Application et suivi au niveau international, before the action-line sections
    ("fr2-report-p17", F, "17. Le Groupe des Nations Unies sur la société", "l'élaboration du Pacte numérique mondial19.", "paragraph", ["C11"], []),
    ("fr2-report-p18", F, "18. L'Assemblée générale a adopté une résolution sur", "le suivi des textes issus du SMSI20.", "paragraph", [], ["GA", "ECOSOC"]),
    ("fr2-report-p19", F, "19. À sa vingt-septième session, la Commission de", "de l'avancée de ses travaux22.", "paragraph", [], ["CSTD"]),
    ("fr2-report-p20", F, "20. Le Forum de suivi du SMSI s'est tenu", "l'autonomisation numérique des femmes24.", "paragraph", ["C11", "C2"], []),
    ("fr2-report-p21", F, "21. Le nombre d'organisations de la société civile", "le numérique dans les instances internationales.", "paragraph", ["C1", "C2"], []),
    ("fr2-report-p22", F, "22. Conformément aux résolutions 70/1 et 70/125", "l'examen à vingt ans du SMSI27.", "paragraph", ["C11"], ["GA"]),
    # III.F.2 Application des thèmes: a) financing, b) Internet governance, c) measurement
    ("fr2-report-p74", F, "74. Les entreprises de communications et de données", "numérique a sur le développement77.", "paragraph", ["C11", "C2"], []),
    ("fr2-report-p75", F, "75. Dans le cadre de son programme de développement", "numérique au service du développement78.", "paragraph", ["C2", "C11"], []),
    ("fr2-report-p76", F, "76. Le Fonds commun pour les objectifs de", "avancés à développer leurs infrastructures.", "paragraph", ["C11", "C2"], []),
    ("fr2-report-p77", F, "77. Les signataires de l'Agenda de Tunis pour", "nécessité de poursuivre le dialogue.", "paragraph", [], ["WSIS-SUMMIT", "GA", "CSTD"]),
    ("fr2-report-p78", F, "78. La dix-neuvième réunion du Forum sur la", "tiendra en Norvège en juin 2025.", "paragraph", [], ["IGF", "GA"]),
    ("fr2-report-p79", F, "79. D'autres instances internationales s'intéressent à différents aspects", "la conférence multipartite Net Mundial+1079.", "paragraph", [], []),
    ("fr2-report-p80", F, "80. Le Partenariat sur la mesure des TIC", "des objectifs de développement durable80.", "paragraph", [], []),
    ("fr2-report-p81", F, "81. L'UIT gère la base de données sur", "des statistiques relatives aux TIC81.", "paragraph", [], []),
    ("fr2-report-p82", F, "82. La CNUCED dirige des travaux visant à", "services fournis par voie numérique.", "paragraph", ["C4"], []),
    # IV. Conclusions et propositions
    ("fr2-report-p83", F, "83. Le SMSI s'est tenu en deux phases", "à la mise en application du Pacte.", "paragraph", [], ["WSIS-SUMMIT", "GA", "CSTD"]),
    ("fr2-report-p84", F, "84. Les processus de consultation et les débats", "plus grandes entreprises au monde.", "paragraph", [], []),
    ("fr2-report-p85", F, "85. Toutefois, certaines des difficultés recensées au SMSI", "au SMSI, ne s'est pas concrétisé.", "paragraph", ["C2"], []),
    ("fr2-report-p86", F, "86. Comme le montrent le présent rapport et", "un contexte d'instabilité internationale accru.", "paragraph", ["C7", "C5"], []),
    ("fr2-report-p87", F, "87. Les textes issus du SMSI qui seront", "inclusive et privilégiant le développement.", "paragraph", [], ["GA"]),
]


def main():
    with open("tests/eval/hand-labelled-fr-report.jsonl", "w", encoding="utf-8") as out:
        for id_, file, start, end, kind, lines, bodies in ITEMS:
            item = {
                "id": id_,
                "source": {"file": file, "start": start, "end": end},
                "lang": "fr",
                "kind": kind,
                "actionLines": lines,
                "requestingBodies": bodies,
            }
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} items")


if __name__ == "__main__":
    main()
