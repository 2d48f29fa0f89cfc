"""Writes tests/eval/hand-labelled-en-blind.jsonl: 90 English paragraphs, labelled by hand.

What the set is
---------------
Ninety English paragraphs composed for this set in the style of the texts the platform ingests:

- 31 paragraphs of resolutions on substantive topics (General Assembly, ECOSOC, ITU Council, ITU Plenipotentiary
  Conference, Human Rights Council, UNESCO General Conference), preambular and operative;
- 42 report paragraphs in the style of the Secretary-General's WSIS progress report and of the contributions of
  the entities it compiles (ITU, UNESCO, UNCTAD, UNDP, UN DESA, WHO, FAO, ILO, UNEP, WMO, UPU, UN-Habitat, UNICEF,
  WIPO, WTO, OHCHR, the regional commissions, the Council of Europe, IFLA);
- 17 paragraphs on the WSIS process itself (9 resolution paragraphs, 8 report paragraphs: reports and mandates,
  sessions, the WSIS Forum, UNGIS, the CSTD, measurement, financing, the Internet Governance Forum, the Global
  Digital Compact), which carry no action line.

The texts and their labels were written without reading the taxonomy, the classifier or its code, or the other
English items (`hand-labelled-en.jsonl`, `hand_en_items.py`), and without running the classifier or the evaluation.
They were written from general knowledge of how United Nations texts on WSIS read; the only references used were
`docs/domain.md` (labels, body ids, paragraph kinds) and the labelling rules of `tests/eval/README.md`. Figures,
country names and project details are realistic but illustrative: they are not quotations of real documents.

Conventions followed
--------------------
- `kind` is `preambular` or `operative` for resolution paragraphs, with `documentBody` the adopting organ;
  report paragraphs have `kind` `paragraph` and no `documentBody`.
- Action lines: the lines the paragraph is substantively about, primary first (the one the report would file it
  under). A second line is given only when the paragraph treats a second field in a clause or sentence of its own,
  not when a sector is named in passing inside a list. C7 sub-lines carry their own code and never `C7` as well;
  plain `C7` is used only for a paragraph about ICT applications across several sectors at once.
- Process paragraphs (reports, mandates, sessions, the WSIS Forum, UNGIS, reporting, thanks) get `[]`, and so do
  paragraphs on financing mechanisms, Internet governance, measurement and indicators, and paragraphs that only
  list action lines by code or name, even when they mention a topic in passing.
- Requesting bodies: the adopting organ for an operative paragraph; every body of the table in `domain.md` whose
  resolution, decision, recommendation, request, mandate, outcome text or meeting the paragraph cites. A body that
  only receives a text, submits a report, or is asked to act is not a requesting body. Preambular paragraphs do not
  carry the adopting organ for being its text; when a preamble recalls the organ's own earlier resolution
  ("its resolution 70/125"), that organ is given as a cited body.
- WSIS-SUMMIT is given when a named outcome text is cited (Geneva Declaration, Geneva Plan of Action, Tunis
  Commitment, Tunis Agenda), not for a generic "outcomes of the Summit" or the name of an agenda item.
- SG is given when the paragraph states a request or call of the Secretary-General of the United Nations, not when
  he submits a report; the Secretary-General of ITU addressed in ITU texts is an addressee, not a body.
- Organs outside the table (World Health Assembly, International Labour Conference, ILO Governing Body, the
  Statistical Commission, the African Union) are not labelled; a UNESCO Recommendation counts as a decision of the
  UNESCO General Conference.

Judgement calls
---------------
- en-blind-ga-pre-wsis-outcomes, en-blind-hrc-pre-rights-online: preambles that recall the adopting organ's own
  resolution ("its resolution 70/125", "its resolution 47/16"); the organ is given as a cited body.
- en-blind-ga-op-shutdowns: Internet shutdowns and press freedom; C3 (access to information) first, C9 second.
- en-blind-hrc-op-journalists: access to the Internet and the safety of journalists; C9 first, C3 second.
- en-blind-hrc-pre-rights-online: human rights online filed under C10 (ethical dimensions), not C5 for privacy.
- en-blind-hrc-op-data-protection: data protection legislation; C5 (privacy and trust) first, C6 (legal
  framework) second.
- en-blind-ecosoc-pre-gender-skills: the gender digital divide with skills as the main barrier; C4 only, not C2
  or C3.
- en-blind-ecosoc-op-ehealth: one clause on the security of health data gives C5 as a second line.
- en-blind-ecosoc-op-open-science-theme: a recommendation on the Commission's priority theme, labelled by its
  topic (C7.8) rather than as process text.
- en-blind-ecosoc-op-regional: regional commissions' work; C11 first, C2 second for cross-border connectivity; no
  WSIS-SUMMIT for "outcomes of the Summit".
- en-blind-ecosoc-op-cstd-session: "the outcome of the twenty-year review by the General Assembly" makes GA a
  cited body besides the adopting ECOSOC.
- en-blind-itu-council-pre-cwg, en-blind-ga-pre-igf, en-blind-rep-igf, en-blind-rep-financing,
  en-blind-rep-measurement: process, Internet governance, financing or measurement paragraphs that name topics
  (connectivity, child online protection, security, AI, broadband) in passing; `[]`.
- en-blind-rep-itu-gci, en-blind-rep-coe-cybercrime: cybersecurity work with training; C5 first, C4 second.
- en-blind-rep-unesco-ai-ethics: "its Recommendation" (UNESCO's) without naming the General Conference is still
  UNESCO-GC.
- en-blind-rep-unesco-languages: the International Decade proclaimed by the General Assembly in resolution 74/135
  makes GA a cited body.
- en-blind-rep-desa-egov-survey, en-blind-rep-ewaste-monitor: paragraphs built on a survey or a statistical
  monitor, labelled by their topic (C7.1, C7.6), not as measurement.
- en-blind-rep-unhabitat-smart-cities, en-blind-rep-ai-for-good: applications in several sectors at once; plain C7.
- en-blind-rep-eca-afcfta: a regional digital trade protocol; C11 first, C7.2 second, no C6.
- en-blind-rep-escap-apis: regional backbone cooperation; C2 first, C11 second.
- en-blind-rep-giga (C2 first, C7.3 second) against en-blind-ga-op-schools (C7.3 first, C2 second): school
  connectivity versus digital learning with connectivity as one means.
- en-blind-rep-ilo-itu-youth: digital skills for youth employment; C4 first, C7.5 second.
- en-blind-rep-upu-ecommerce: postal e-commerce and post-office connectivity; C7.2 first, C2 second.
- en-blind-rep-wto-ecommerce: e-commerce trade rules filed under C7.2 only, not C6.
- en-blind-rep-ilo-platform: the International Labour Conference and the ILO Governing Body are not bodies of the
  table; no requesting body.
- en-blind-rep-mandate: the request for information sent by the Commission's secretariat does not make CSTD a
  requesting body (the secretariat is not the Commission).

Run from the repository root: python3 tests/eval/hand_en_blind_items.py
"""
import text_items
from pathlib import Path

OUT = Path(__file__).resolve().parent / "hand-labelled-en-blind.jsonl"

# (id, kind, documentBody or None, text, actionLines, requestingBodies)
ITEMS = [
    # ---- Resolution paragraphs on substantive topics -------------------------------------------------------------
    ("en-blind-ga-pre-offline", "preambular", "GA",
     "Noting with concern that, according to estimates of the International Telecommunication Union, some "
     "2.6 billion people remained offline in 2024, most of them in least developed countries, landlocked developing "
     "countries and small island developing States, that mobile broadband networks still do not reach many rural "
     "and remote communities, and that the price of an entry-level mobile broadband subscription continues to exceed "
     "2 per cent of average monthly income in a majority of low-income countries,",
     ["C2"], []),
    ("en-blind-ga-op-broadband", "operative", "GA",
     "Calls upon Member States, in cooperation with the private sector and development partners, to accelerate the "
     "deployment of resilient and affordable broadband networks, including backbone and backhaul infrastructure, "
     "submarine cables, Internet exchange points and satellite services, to make effective use of universal service "
     "funds and infrastructure-sharing arrangements for that purpose, and to set national targets for connecting "
     "schools, health facilities and rural communities by 2030;",
     ["C2"], ["GA"]),
    ("en-blind-ga-op-digital-skills", "operative", "GA",
     "Encourages Governments, together with educational institutions, the private sector and civil society, to "
     "strengthen digital literacy and skills at all levels of society, with particular attention to women and girls, "
     "older persons and persons with disabilities, and to integrate information and communications technologies into "
     "teacher training, school curricula and lifelong learning programmes, including through the use of online and "
     "blended learning platforms, so that all people are able to participate meaningfully in the digital economy;",
     ["C4", "C7.3"], ["GA"]),
    ("en-blind-ga-pre-ai-ethics", "preambular", "GA",
     "Recognizing that the rapid development and deployment of artificial intelligence and other frontier "
     "technologies raise ethical questions relating to human dignity, fairness, transparency and accountability, "
     "and that such systems may reproduce or amplify existing biases and discrimination, and taking note in this "
     "regard of the Recommendation on the Ethics of Artificial Intelligence adopted by the General Conference of the "
     "United Nations Educational, Scientific and Cultural Organization at its forty-first session, in November 2021,",
     ["C10"], ["UNESCO-GC"]),
    ("en-blind-ga-op-shutdowns", "operative", "GA",
     "Urges all States to refrain from measures that intentionally prevent or disrupt access to, or the "
     "dissemination of, information online, including blanket Internet shutdowns and the blocking of websites and "
     "messaging services, to ensure that any restriction is lawful, necessary and proportionate, and to respect the "
     "freedom of the press and the safety of journalists in the digital environment, in line with Human Rights "
     "Council resolution 47/16 of 13 July 2021;",
     ["C3", "C9"], ["GA", "HRC"]),
    ("en-blind-ga-op-cyber", "operative", "GA",
     "Stresses the importance of strengthening confidence and security in the use of information and communications "
     "technologies, and encourages Member States to adopt and regularly update national cybersecurity strategies, to "
     "establish or strengthen national computer incident response teams, to protect critical information "
     "infrastructure and to cooperate, bilaterally and through relevant regional and international organizations, in "
     "preventing and combating the criminal misuse of information and communications technologies;",
     ["C5"], ["GA"]),
    ("en-blind-ga-op-unctad-ecommerce", "operative", "GA",
     "Invites the United Nations Conference on Trade and Development to continue to support developing countries, in "
     "particular the least developed countries, in assessing their readiness to engage in and benefit from electronic "
     "commerce, including through its eTrade Readiness Assessments, and in drafting or updating legislation on "
     "electronic transactions, online consumer protection, data protection and cybercrime, with a view to enabling "
     "micro, small and medium-sized enterprises to reach new markets;",
     ["C7.2", "C6"], ["GA"]),
    ("en-blind-ga-op-egov", "operative", "GA",
     "Encourages Member States to make public services available online in an inclusive, secure and user-centred "
     "manner, including through interoperable digital identity, payment and data-exchange systems, to retain "
     "non-digital channels for those who cannot or prefer not to use them, and to draw on the findings of the United "
     "Nations E-Government Survey and on the peer learning offered by regional e-government networks in designing "
     "their national digital government strategies;",
     ["C7.1"], ["GA"]),
    ("en-blind-ga-op-jobs", "operative", "GA",
     "Invites the International Labour Organization, in cooperation with the International Telecommunication Union "
     "and other relevant entities, to continue to assist Member States in promoting decent work in the digital "
     "economy, including for workers on digital labour platforms and in remote and teleworking arrangements, and in "
     "equipping young people with the digital skills demanded by employers, with a view to expanding employment "
     "opportunities in developing countries;",
     ["C7.5", "C4"], ["GA"]),
    ("en-blind-ga-pre-open-science", "preambular", "GA",
     "Recognizing the contribution of open science, including open access to scientific publications, open research "
     "data, shared research infrastructure and the participation of scientists from developing countries in "
     "international research networks, to the achievement of the Sustainable Development Goals, and recalling in this "
     "context the Recommendation on Open Science adopted by the General Conference of the United Nations Educational, "
     "Scientific and Cultural Organization in November 2021,",
     ["C7.8"], ["UNESCO-GC"]),
    ("en-blind-ga-op-schools", "operative", "GA",
     "Calls upon Member States and development partners to expand the use of digital technologies in education, "
     "including by developing public digital learning platforms and open educational resources in local languages, "
     "by training teachers in their pedagogical use and by connecting every school to the Internet, building on "
     "initiatives such as the Giga initiative of the International Telecommunication Union and the United Nations "
     "Children's Fund;",
     ["C7.3", "C2"], ["GA"]),
    ("en-blind-ga-op-ewaste", "operative", "GA",
     "Encourages Member States to adopt policies and legislation for the environmentally sound management of "
     "electronic waste, including extended producer responsibility schemes and measures that support the repair, "
     "reuse and recycling of devices, to address the growing energy and water consumption of data centres and "
     "networks, and to make use of information and communications technologies for environmental monitoring, "
     "disaster risk reduction and adaptation to climate change;",
     ["C7.6"], ["GA"]),
    ("en-blind-ecosoc-pre-gender-skills", "preambular", "ECOSOC",
     "Expressing concern at the persistence of the gender digital divide, noting that women remain less likely than "
     "men to use the Internet in most regions and that the gap is widest in the least developed countries, and "
     "recognizing that the lack of digital skills and confidence is among the main barriers to the meaningful "
     "participation of women in the information society, which calls for targeted digital literacy and training "
     "programmes for women and girls, including in science, technology, engineering and mathematics,",
     ["C4"], []),
    ("en-blind-ecosoc-op-ehealth", "operative", "ECOSOC",
     "Encourages Member States to develop and implement national digital health strategies, making use of mobile "
     "technologies, telemedicine and interoperable electronic health records to extend health services to "
     "underserved populations, in cooperation with the World Health Organization and the International "
     "Telecommunication Union, and to put in place safeguards that ensure the confidentiality, integrity and security "
     "of personal health data;",
     ["C7.4", "C5"], ["ECOSOC"]),
    ("en-blind-ecosoc-op-agriculture", "operative", "ECOSOC",
     "Calls upon all stakeholders to support the use of information and communications technologies in agriculture "
     "and rural development, including digital advisory and extension services, early warning of pests and adverse "
     "weather, market price information and mobile financial services for smallholder farmers, fishers and "
     "pastoralists, and invites the Food and Agriculture Organization of the United Nations to continue to share good "
     "practices and lessons learned through the e-agriculture community of practice;",
     ["C7.7"], ["ECOSOC"]),
    ("en-blind-ecosoc-op-open-science-theme", "operative", "ECOSOC",
     "Recommends that the Commission on Science and Technology for Development consider, as one of its priority "
     "themes, the contribution of open science and data sharing to sustainable development, including open access to "
     "publicly funded research, the pooling of high-performance computing and research infrastructure, and the "
     "connection of universities and research institutions in developing countries to national and regional research "
     "and education networks;",
     ["C7.8"], ["ECOSOC"]),
    ("en-blind-ecosoc-pre-cstd-climate", "preambular", "ECOSOC",
     "Taking note with appreciation of the report of the Commission on Science and Technology for Development on its "
     "twenty-eighth session, and of the recommendation of the Commission that Member States make greater use of "
     "science, technology and innovation for climate action, including satellite observation, sensor networks and "
     "digital tools to monitor greenhouse gas emissions, manage water and energy resources and anticipate extreme "
     "weather events,",
     ["C7.6"], ["CSTD"]),
    ("en-blind-ecosoc-op-regional", "operative", "ECOSOC",
     "Encourages the regional commissions to continue their work on the implementation of the outcomes of the Summit "
     "at the regional level, including through regional reviews and digital agendas, and to strengthen cooperation "
     "among their member States on cross-border connectivity, such as the Asia-Pacific Information Superhighway "
     "initiative, regional Internet exchange points and the harmonization of spectrum and roaming arrangements;",
     ["C11", "C2"], ["ECOSOC"]),
    ("en-blind-ecosoc-op-mil", "operative", "ECOSOC",
     "Calls upon Member States to promote media and information literacy for people of all ages as a means of "
     "countering disinformation and hate speech online, and to foster a free, independent and pluralistic media "
     "landscape, including public service and community media, while recognizing the responsibility of digital "
     "platforms for the transparency of their content moderation and recommendation systems;",
     ["C9"], ["ECOSOC"]),
    ("en-blind-ecosoc-op-multilingual", "operative", "ECOSOC",
     "Encourages all stakeholders to promote multilingualism and cultural diversity on the Internet, including by "
     "supporting the creation of local content, the development of language technologies and machine translation for "
     "under-resourced and indigenous languages, the wider use of internationalized domain names and the digitization "
     "and online preservation of documentary and cultural heritage;",
     ["C8"], ["ECOSOC"]),
    ("en-blind-itu-council-op-regulation", "operative", "ITU-COUNCIL",
     "invites Member States and Sector Members to share with the Telecommunication Development Bureau their "
     "experience in collaborative regulation, in the efficient management of the radio-frequency spectrum and in "
     "designing licensing, taxation and investment incentives that encourage the roll-out of networks in rural and "
     "remote areas, with a view to fostering an enabling environment that attracts investment and promotes fair "
     "competition;",
     ["C6", "C2"], ["ITU-COUNCIL"]),
    ("en-blind-itu-council-op-cirt", "operative", "ITU-COUNCIL",
     "instructs the Director of the Telecommunication Development Bureau to continue to assist developing countries, "
     "upon request, in establishing and strengthening national computer incident response teams, in conducting "
     "national and regional cyberdrills and in developing child online protection frameworks, in accordance with "
     "Resolution 130 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, and to report to the Council at its "
     "next session on the results achieved;",
     ["C5"], ["ITU-COUNCIL", "ITU-PP"]),
    ("en-blind-itu-council-pre-ai-health", "preambular", "ITU-COUNCIL",
     "noting the work carried out by the ITU-WHO Focus Group on Artificial Intelligence for Health and by the Global "
     "Initiative on AI for Health, launched in 2023 by ITU, the World Health Organization and the World Intellectual "
     "Property Organization, in developing benchmarks and assessment methods for AI-based diagnostic and triage tools "
     "that can support health workers in low-resource settings,",
     ["C7.4"], []),
    ("en-blind-pp-pre-sids", "preambular", "ITU-PP",
     "recognizing that small island developing States and landlocked developing countries continue to pay some of the "
     "highest prices for international bandwidth because of their remoteness and their dependence on a limited number "
     "of submarine cables or transit routes, and that shared backbone networks, additional cable landings, regional "
     "Internet exchange points and satellite capacity can substantially lower the cost and improve the resilience of "
     "their connectivity,",
     ["C2"], []),
    ("en-blind-pp-op-environment", "operative", "ITU-PP",
     "instructs the Secretary-General, in collaboration with the Directors of the three Bureaux, to continue to "
     "support Member States in using telecommunications/ICTs for environmental protection, climate change mitigation "
     "and adaptation and disaster early warning, to develop ITU-T Recommendations on the energy efficiency of "
     "equipment and networks, and to promote circular-economy approaches to the management of electronic waste,",
     ["C7.6"], ["ITU-PP"]),
    ("en-blind-pp-op-national-strategies", "operative", "ITU-PP",
     "invites Member States to give high priority to telecommunications/ICTs in their national development plans, to "
     "adopt or update national digital strategies through broad consultation with the private sector, academia, "
     "civil society and the technical community, as called for in the Geneva Plan of Action, and to designate a "
     "coordinating authority responsible for digital transformation across government,",
     ["C1"], ["ITU-PP", "WSIS-SUMMIT"]),
    ("en-blind-hrc-op-journalists", "operative", "HRC",
     "Calls upon all States to promote and facilitate access to the Internet and international cooperation aimed at "
     "the development of media and information and communications facilities in all countries, and to ensure that "
     "journalists and other media workers are able to carry out their work online and offline without fear of "
     "surveillance, harassment, arbitrary detention or censorship;",
     ["C9", "C3"], ["HRC"]),
    ("en-blind-hrc-pre-rights-online", "preambular", "HRC",
     "Recalling its resolution 47/16 of 13 July 2021 on the promotion, protection and enjoyment of human rights on the "
     "Internet, and affirming that the same rights that people have offline must also be protected online, in "
     "particular freedom of expression and the right to privacy, in accordance with the Universal Declaration of "
     "Human Rights and the International Covenant on Civil and Political Rights,",
     ["C10"], ["HRC"]),
    ("en-blind-hrc-op-data-protection", "operative", "HRC",
     "Encourages all States to adopt or review legislation on the protection of personal data and privacy in line "
     "with international human rights law, to establish independent supervisory authorities with adequate resources "
     "to oversee the collection, processing and sharing of personal data by public and private actors, and to ensure "
     "that surveillance technologies are acquired and used only with adequate safeguards and effective remedies;",
     ["C6", "C5"], ["HRC"]),
    ("en-blind-hrc-op-accessibility", "operative", "HRC",
     "Calls upon States to ensure that persons with disabilities have access, on an equal basis with others, to "
     "information and communications technologies and to the Internet, including by requiring that public websites "
     "and digital services comply with accessibility standards, by promoting affordable assistive technologies and by "
     "providing public information in accessible formats such as sign language, easy-to-read and Braille;",
     ["C3"], ["HRC"]),
    ("en-blind-unesco-gc-op-multilingualism", "operative", "UNESCO-GC",
     "Invites the Director-General to continue to promote the implementation of the Recommendation concerning the "
     "Promotion and Use of Multilingualism and Universal Access to Cyberspace, to support Member States in producing "
     "and disseminating digital content in indigenous and minority languages within the framework of the "
     "International Decade of Indigenous Languages (2022-2032), and to report to the General Conference at its "
     "forty-third session on the measures taken;",
     ["C8"], ["UNESCO-GC"]),

    # ---- Resolution paragraphs on the WSIS process -----------------------------------------------------------------
    ("en-blind-ga-pre-wsis-outcomes", "preambular", "GA",
     "Reaffirming its commitment to the outcomes of the World Summit on the Information Society, namely the Geneva "
     "Declaration of Principles and Plan of Action adopted in 2003 and the Tunis Commitment and Tunis Agenda for the "
     "Information Society adopted in 2005, and recalling its resolution 70/125 of 16 December 2015 on the outcome "
     "document of the high-level meeting of the General Assembly on the overall review of the implementation of "
     "those outcomes,",
     [], ["WSIS-SUMMIT", "GA"]),
    ("en-blind-ga-op-report", "operative", "GA",
     "Requests the Secretary-General to submit to the General Assembly at its eighty-first session, through the "
     "Commission on Science and Technology for Development and the Economic and Social Council, a report on the "
     "implementation of the present resolution, and decides to include in the provisional agenda of that session, "
     "under the item entitled \"Information and communications technologies for sustainable development\", a "
     "sub-item on the follow-up to the outcomes of the World Summit on the Information Society;",
     [], ["GA"]),
    ("en-blind-ecosoc-pre-sg-report", "preambular", "ECOSOC",
     "Taking note with appreciation of the report of the Secretary-General on progress made in the implementation of "
     "and follow-up to the outcomes of the World Summit on the Information Society at the regional and international "
     "levels, prepared by the secretariat of the United Nations Conference on Trade and Development on the basis of "
     "contributions received from some thirty entities of the United Nations system and other stakeholders,",
     [], []),
    ("en-blind-ecosoc-op-facilitators", "operative", "ECOSOC",
     "Urges the United Nations entities that act as facilitators of the action lines of the Geneva Plan of Action to "
     "continue to submit annual contributions on their activities, and requests the secretariat of the Commission to "
     "consolidate those contributions in the report of the Secretary-General, giving greater attention to measurable "
     "results, to gaps in implementation and to the links between the action lines and the Sustainable Development "
     "Goals;",
     [], ["ECOSOC", "WSIS-SUMMIT"]),
    ("en-blind-ecosoc-op-cstd-session", "operative", "ECOSOC",
     "Requests the Commission on Science and Technology for Development to devote, at its twenty-ninth session, a "
     "substantive discussion to the progress made in the follow-up to the Summit, taking into account the outcome of "
     "the twenty-year review by the General Assembly, and invites the Commission to continue to draw on the "
     "contributions of the United Nations Group on the Information Society, the regional commissions and other "
     "stakeholders;",
     [], ["ECOSOC", "GA"]),
    ("en-blind-itu-council-op-forum", "operative", "ITU-COUNCIL",
     "resolves, in accordance with Council Resolution 1332 (modified 2023), that ITU shall continue to organize the "
     "annual WSIS Forum jointly with UNESCO, UNDP and UNCTAD, in collaboration with all action line facilitators, and "
     "instructs the Secretary-General to report on its preparation, participation and outcomes to the Council Working "
     "Group on WSIS and the SDGs and to the Council at its next ordinary session;",
     [], ["ITU-COUNCIL"]),
    ("en-blind-pp-op-facilitation", "operative", "ITU-PP",
     "resolves that ITU, as sole facilitator of action lines C2, C5 and C6 of the Geneva Plan of Action and as "
     "co-facilitator of action lines C1, C3, C4, C7, C8 and C11, shall continue to play a leading role in implementing "
     "the outcomes of the Summit within its mandate, in close cooperation with the other facilitators, and shall take "
     "those outcomes into account in its strategic and operational plans,",
     ["C11"], ["ITU-PP", "WSIS-SUMMIT"]),
    ("en-blind-ga-pre-igf", "preambular", "GA",
     "Welcoming the contribution of the Internet Governance Forum as a platform for multistakeholder dialogue on "
     "public policy issues related to the Internet, recalling its decision in resolution 70/125 to extend the mandate "
     "of the Forum, and taking note of the messages of the nineteenth annual meeting of the Forum, held in Riyadh in "
     "December 2024, on the governance of artificial intelligence, on digital trust and security and on meaningful "
     "connectivity,",
     [], ["GA", "IGF"]),
    ("en-blind-itu-council-pre-cwg", "preambular", "ITU-COUNCIL",
     "having considered the report of the Chair of the Council Working Group on WSIS and the SDGs, and noting the "
     "recommendation agreed by the Group at its fortieth meeting that the contribution of ITU to the twenty-year "
     "review of the Summit should highlight the Union's work on meaningful connectivity, child online protection and "
     "the security of networks in developing countries,",
     ["C2", "C5"], ["CWG-WSIS"]),

    # ---- Report paragraphs on substantive topics -------------------------------------------------------------------
    ("en-blind-rep-itu-p2c", "paragraph", None,
     "ITU continued to mobilize commitments for universal and meaningful connectivity through the Partner2Connect "
     "Digital Coalition, whose pledges reached more than US$ 50 billion by the end of 2024, about a third of them for "
     "least developed countries, landlocked developing countries and small island developing States. In Kiribati, "
     "Tuvalu and Vanuatu, ITU assisted national administrations in planning satellite backhaul for outer-island "
     "communities, and in Burundi and Malawi it helped map fibre routes to district centres, data that were then used "
     "to attract operators to areas previously considered unprofitable.",
     ["C2"], []),
    ("en-blind-rep-itu-gsr", "paragraph", None,
     "Regulatory reform remained central to the work of ITU on the enabling environment. The Global Symposium for "
     "Regulators, held in Kampala in July 2024, adopted best practice guidelines on regulation that keeps pace with "
     "technology, calling for agile, collaborative and evidence-based approaches across the telecommunication, "
     "competition, data protection and financial sectors. According to the ICT Regulatory Tracker, the number of "
     "countries with collaborative, fifth-generation regulatory frameworks has more than doubled since 2017. ITU also "
     "advised Djibouti, Lesotho and Papua New Guinea on licensing reform and on the independence and funding of "
     "their regulators.",
     ["C6"], []),
    ("en-blind-rep-itu-gci", "paragraph", None,
     "The fifth edition of the Global Cybersecurity Index, published by ITU in 2024, found that 46 countries had "
     "reached the highest tier of commitment, while many others still lacked a fully operational national computer "
     "incident response team. During the year ITU carried out readiness assessments for such teams in nine countries, "
     "supported their establishment in Eswatini and the Gambia, and organized regional cyberdrills for Africa, the "
     "Americas and the Arab region. Through the Her CyberTracks programme, some 400 women from 30 countries received "
     "training and mentoring to pursue careers in cybersecurity policy and incident response.",
     ["C5", "C4"], []),
    ("en-blind-rep-itu-cop", "paragraph", None,
     "Child online protection accounted for a growing share of the requests received by ITU. Its Guidelines on Child "
     "Online Protection, available in the six official languages, were used to draft or revise national frameworks in "
     "Ghana, Rwanda, Sierra Leone and Uzbekistan, and a free online course for parents, educators and social workers "
     "reached more than 25,000 learners. ITU worked with the United Nations Children's Fund and national regulators "
     "on reporting mechanisms for online sexual exploitation and on age-appropriate design requirements for the "
     "platforms most popular with children.",
     ["C5"], []),
    ("en-blind-rep-unesco-ati", "paragraph", None,
     "UNESCO reported that 139 countries had adopted constitutional, statutory or policy guarantees of public access "
     "to information, against 90 in 2015. It helped Bhutan, Gabon and Honduras to draft or implement access to "
     "information laws, trained information commissioners in Southern Africa in the handling of appeals, and used the "
     "International Day for Universal Access to Information, on 28 September, to draw attention to the proactive "
     "disclosure of public data by electoral bodies and to the role of archives in preserving public records in "
     "digital form.",
     ["C3"], []),
    ("en-blind-rep-ifla-libraries", "paragraph", None,
     "The International Federation of Library Associations and Institutions reported that public libraries continue "
     "to serve as community access points for people without a connection at home. In Colombia, Kenya and Romania, "
     "library networks offered free Wi-Fi and computer use in more than 3,000 branches, together with courses in basic "
     "digital skills, online job searching and the detection of false information. The Federation's Library Map of "
     "the World now documents some 2.8 million libraries and is used to advocate their inclusion in national "
     "broadband and digital inclusion plans.",
     ["C3", "C4"], []),
    ("en-blind-rep-unesco-oer", "paragraph", None,
     "In line with the Recommendation on Open Educational Resources adopted by its General Conference in 2019, UNESCO "
     "supported 16 countries in developing national policies on open educational resources and public digital "
     "learning platforms. Through the Gateways to Public Digital Learning initiative, launched with the United "
     "Nations Children's Fund, it assessed the quality and reach of national platforms in more than 30 countries, and "
     "it published guidance for ministries of education on the use of generative artificial intelligence in teaching, "
     "learning and research, including minimum age and data privacy safeguards.",
     ["C7.3"], ["UNESCO-GC"]),
    ("en-blind-rep-unesco-journalists", "paragraph", None,
     "UNESCO recorded 162 killings of journalists worldwide in 2022 and 2023, a rise of 38 per cent over the previous "
     "two years, and noted that some 85 per cent of such cases remain unresolved. Under the United Nations Plan of "
     "Action on the Safety of Journalists and the Issue of Impunity, it trained more than 4,000 judges, prosecutors and "
     "security officers, supported national safety mechanisms in Mexico, Nepal and Sierra Leone, and, through the "
     "Global Media Defence Fund, financed legal assistance for journalists facing lawsuits intended to silence them.",
     ["C9"], []),
    ("en-blind-rep-unesco-ai-ethics", "paragraph", None,
     "To support the implementation of its Recommendation on the Ethics of Artificial Intelligence, UNESCO had "
     "completed or launched readiness assessments in more than 50 countries by the end of 2024, examining the legal, "
     "social, cultural, scientific and technical preparedness of each country for the ethical use of artificial "
     "intelligence. The second Global Forum on the Ethics of Artificial Intelligence, held in Kranj, Slovenia, in June "
     "2024, brought together ministers, regulators and researchers, and UNESCO set up a network of experts to help "
     "public authorities carry out ethical impact assessments before procuring AI systems.",
     ["C10"], ["UNESCO-GC"]),
    ("en-blind-rep-unesco-languages", "paragraph", None,
     "Within the International Decade of Indigenous Languages (2022-2032), proclaimed by the General Assembly in its "
     "resolution 74/135, UNESCO worked with indigenous organizations on national action plans in 19 countries and "
     "launched the World Atlas of Languages, which documents some 8,300 languages and their presence online. It "
     "supported the creation of keyboards, spell-checkers and speech data sets for languages such as Quechua, Sami "
     "and Tamazight, and encouraged technology companies to include under-represented languages in machine "
     "translation and voice recognition services.",
     ["C8"], ["GA"]),
    ("en-blind-rep-unesco-open-science", "paragraph", None,
     "UNESCO followed up the Recommendation on Open Science, adopted by the General Conference in 2021, with its first "
     "Global Open Science Outlook, which found that open access publications had risen to some 45 per cent of "
     "scientific output but that researchers in low-income countries still face high article processing charges and "
     "limited access to computing infrastructure. UNESCO also supported the development of national open science "
     "policies in Cote d'Ivoire, Kazakhstan and Uruguay and promoted shared repositories for open research data.",
     ["C7.8"], ["UNESCO-GC"]),
    ("en-blind-rep-unctad-ecommerce", "paragraph", None,
     "UNCTAD completed eTrade Readiness Assessments for Cote d'Ivoire, Iraq and Mongolia, bringing the total since "
     "2017 to more than 40, and helped governments turn their recommendations into national e-commerce strategies. "
     "Its Global Cyberlaw Tracker shows that 156 countries have legislation on electronic transactions, but that laws "
     "on consumer protection online are still missing in many of them; UNCTAD therefore advised members of the "
     "Economic Community of West African States on harmonizing their rules. The eTrade for Women initiative provided "
     "coaching and visibility to some 350 women digital entrepreneurs in Africa, Asia and Latin America.",
     ["C7.2", "C6"], []),
    ("en-blind-rep-undp-digital", "paragraph", None,
     "UNDP supported more than 50 countries in their digital transformation during the year, guided by its Digital "
     "Strategy 2022-2025. Using its Digital Readiness Assessment, it helped Kyrgyzstan, Liberia and Timor-Leste to "
     "identify priorities for a whole-of-society approach and to establish national coordination bodies in which "
     "ministries, the private sector, academia and civil society jointly oversee their digital strategies. UNDP also "
     "advised parliaments in three countries on their role in the oversight of digital policies and of public "
     "spending on information technology.",
     ["C1"], []),
    ("en-blind-rep-undp-dpi", "paragraph", None,
     "UNDP and its partners in the 50-in-5 campaign assisted countries in designing and implementing digital public "
     "infrastructure, including digital identity, digital payments and data-exchange systems, as a foundation for "
     "public services. In Sierra Leone, a national digital identity system linked to civil registration enabled the "
     "online enrolment of citizens in social protection programmes, while in the Republic of Moldova a shared "
     "data-exchange platform allowed more than 30 government agencies to exchange records, reducing the documents "
     "that citizens must present in person. UNDP also published a universal safeguards framework for digital public "
     "infrastructure.",
     ["C7.1"], []),
    ("en-blind-rep-desa-egov-survey", "paragraph", None,
     "According to the United Nations E-Government Survey 2024, prepared by the Department of Economic and Social "
     "Affairs, the global average value of the E-Government Development Index rose from 0.6102 in 2022 to 0.6382, and "
     "the share of the world's population living in countries lagging behind in digital government fell from 45 to "
     "22.4 per cent. Denmark, Estonia and Singapore led the ranking. The Survey found that local governments in most "
     "regions still offer fewer online services than national ones, and the Department worked with city "
     "administrations in Africa and Latin America on improving municipal portals.",
     ["C7.1"], []),
    ("en-blind-rep-who-digital-health", "paragraph", None,
     "WHO continued to support the implementation of the Global Strategy on Digital Health 2020-2025; by the end of "
     "2024, 129 countries had a national digital health strategy or policy. The Global Initiative on Digital Health, "
     "launched in 2023, mapped country needs and donor resources in some 30 countries, and the SMART guidelines of WHO "
     "translated clinical recommendations on antenatal care, immunization and HIV into machine-readable formats for "
     "use in electronic records and decision-support tools. WHO also operates a global digital health certification "
     "network that connects the health certificate systems of some 80 countries.",
     ["C7.4"], []),
    ("en-blind-rep-telemedicine-satellite", "paragraph", None,
     "With support from ITU and WHO, the Government of Malawi connected 40 rural health centres to a telemedicine "
     "network, using very small aperture terminal links where no terrestrial backbone was available. Nurses can now "
     "consult specialists at the central hospital by video and transmit images for remote diagnosis, and referrals of "
     "patients to the capital fell by a fifth in the first year. The project also equipped the centres with solar "
     "power and trained local technicians to maintain the satellite terminals, a model the two organizations intend "
     "to replicate in Madagascar and Mozambique.",
     ["C7.4", "C2"], []),
    ("en-blind-rep-fao-digital-villages", "paragraph", None,
     "FAO expanded its 1000 Digital Villages Initiative, which by the end of 2024 covered more than 200 villages in "
     "some 20 countries, helping rural communities make use of digital advisory services, online marketplaces and "
     "agritourism platforms. Its Hand-in-Hand geospatial platform gave ministries of agriculture access to more than a "
     "million data layers on soils, water, land use and crop production, which were used to target investment in "
     "Bangladesh, Nepal and Rwanda. FAO also published a toolkit on the governance of farm data, covering its "
     "ownership and sharing.",
     ["C7.7"], []),
    ("en-blind-rep-fao-itu-strategies", "paragraph", None,
     "Using the Digital Agriculture Strategy Guide prepared jointly by FAO and ITU, Bhutan, Sri Lanka and Vanuatu "
     "adopted national digital agriculture strategies in 2024, bringing the number of countries in Asia and the "
     "Pacific with such strategies to twelve. In Sri Lanka, a mobile advisory service developed under the strategy "
     "now sends weather-based planting and irrigation advice in Sinhala and Tamil to some 300,000 registered farmers, "
     "and a digital traceability system for tea exports is being piloted with producer cooperatives.",
     ["C7.7"], []),
    ("en-blind-rep-ilo-platform", "paragraph", None,
     "The ILO estimates that the number of online web-based labour platforms has increased fivefold over the past "
     "decade and that workers in developing countries perform a growing share of remotely delivered tasks, from data "
     "annotation to software development. Following a decision of its Governing Body, the International Labour "
     "Conference began in June 2025 a standard-setting discussion on decent work in the platform economy. The ILO also "
     "worked with the Governments of Indonesia and Kenya on extending social security coverage to platform workers "
     "and on rules for algorithmic management.",
     ["C7.5"], []),
    ("en-blind-rep-ilo-itu-youth", "paragraph", None,
     "The Digital Skills for Decent Jobs for Youth campaign, led by ITU and the ILO, reported commitments to equip more "
     "than four million young people with job-ready digital skills, pledged by over 40 companies, training "
     "institutions and governments. In Jordan and Tunisia, partners offered coding and data analysis courses linked to "
     "apprenticeships, and in Nigeria a programme for young women combined training in digital marketing with "
     "placements in small firms; about 60 per cent of its participants found paid work within six months.",
     ["C4", "C7.5"], []),
    ("en-blind-rep-unep-digital-env", "paragraph", None,
     "UNEP continued to use digital technologies to improve environmental data and decision-making. Its World "
     "Environment Situation Room brings together satellite observations, national statistics and citizen-science data "
     "on air quality, freshwater and biodiversity, and its International Methane Emissions Observatory used satellite "
     "detection to alert governments and operators to more than a thousand large methane plumes in 2024. With partners "
     "in the Coalition for Digital Environmental Sustainability, UNEP also published guidance on reducing the "
     "environmental footprint of data centres and artificial intelligence.",
     ["C7.6"], []),
    ("en-blind-rep-ewaste-monitor", "paragraph", None,
     "The Global E-waste Monitor 2024, prepared by ITU and the United Nations Institute for Training and Research, "
     "found that a record 62 million tonnes of electronic waste were generated in 2022, of which only 22.3 per cent "
     "was documented as properly collected and recycled, and that generation is rising five times faster than "
     "documented recycling. ITU helped Ghana, Jordan and Peru to draft e-waste policies and extended producer "
     "responsibility regulations, and trained customs and environment officials in the Caribbean to control "
     "transboundary shipments of used equipment.",
     ["C7.6"], []),
    ("en-blind-rep-wmo-ew4all", "paragraph", None,
     "In response to the call of the Secretary-General that every person on Earth be protected by early warning "
     "systems by 2027, WMO, together with the United Nations Office for Disaster Risk Reduction, ITU and the "
     "International Federation of Red Cross and Red Crescent Societies, is leading the Early Warnings for All "
     "initiative in 30 priority countries. WMO strengthened the international exchange of observation data through "
     "its Global Basic Observing Network, while ITU promoted cell broadcast and location-based messaging so that "
     "warnings reach every mobile user in the areas at risk.",
     ["C7.6"], ["SG"]),
    ("en-blind-rep-upu-ecommerce", "paragraph", None,
     "The Universal Postal Union supported postal operators in developing countries in taking part in cross-border "
     "e-commerce. Its Easy Export solution, which simplifies customs and shipping procedures for micro and small "
     "exporters, was operating in 14 countries, including Cameroon, Ecuador and Tunisia. Under the Connect.post "
     "programme, which aims to connect every post office in the world to the Internet by 2030, the UPU and ITU mapped "
     "the connectivity of more than 600,000 post offices and helped seven countries plan links for rural branches, so "
     "that they can also offer digital financial and government services.",
     ["C7.2", "C2"], []),
    ("en-blind-rep-unhabitat-smart-cities", "paragraph", None,
     "UN-Habitat promoted people-centred smart cities, in which digital applications for transport, energy, water, "
     "waste collection and municipal services are designed around the needs and rights of residents. It supported the "
     "local governments of Kigali, Nairobi and Quito in preparing smart city strategies, published a playbook on the "
     "responsible use of urban data, and worked with ITU on the United for Smart Sustainable Cities initiative, whose "
     "key performance indicators have been applied in more than 150 cities.",
     ["C7"], []),
    ("en-blind-rep-eca-afcfta", "paragraph", None,
     "ECA supported the African Union Commission and the secretariat of the African Continental Free Trade Area in "
     "preparing the Protocol on Digital Trade, adopted by the Assembly of the African Union in February 2024, which "
     "sets common rules on electronic transactions, digital identities, cross-border data flows and online consumer "
     "protection among the parties to the Agreement. ECA also helped the Economic Community of Central African States "
     "and the East African Community to align their regional digital strategies with the Digital Transformation "
     "Strategy for Africa 2020-2030.",
     ["C11", "C7.2"], []),
    ("en-blind-rep-escap-apis", "paragraph", None,
     "ESCAP continued to implement the Asia-Pacific Information Superhighway Action Plan 2022-2026, under which member "
     "States cooperate on cross-border fibre links, Internet traffic exchange and the resilience of regional networks. "
     "Studies carried out with Kazakhstan, Kyrgyzstan, Tajikistan and Turkmenistan identified missing segments along "
     "transnational highway and railway corridors where fibre could be co-deployed at a fraction of the usual cost, "
     "and ESCAP trained officials from Pacific island countries on protecting submarine cables from natural hazards.",
     ["C2", "C11"], []),
    ("en-blind-rep-escwa-arabic", "paragraph", None,
     "ESCWA worked to increase the amount and quality of Arabic digital content, which still represents a small "
     "fraction of web pages relative to the number of Arabic speakers. It supported national libraries and archives in "
     "Jordan, Lebanon and Oman in digitizing manuscripts and audiovisual collections, and convened researchers and "
     "technology companies to build open Arabic language resources, including speech and text corpora for the "
     "region's dialects, that can be used to train language models and translation tools.",
     ["C8"], []),
    ("en-blind-rep-unece-vehicles", "paragraph", None,
     "In Europe, the World Forum for Harmonization of Vehicle Regulations, serviced by ECE, oversaw the application of "
     "UN Regulation No. 155 on cyber security and cyber security management systems, which since July 2024 applies to "
     "all new vehicles registered in the European Union, Japan, the Republic of Korea and other contracting parties. "
     "Manufacturers must demonstrate that they identify and mitigate cyber risks throughout the life cycle of a "
     "vehicle, including for software updates delivered over the air, which are covered by a companion regulation.",
     ["C5"], []),
    ("en-blind-rep-eclac-elac", "paragraph", None,
     "In Latin America and the Caribbean, ECLAC serves as technical secretariat of the Digital Agenda for Latin America "
     "and the Caribbean (eLAC2026), adopted by the Eighth Ministerial Conference on the Information Society, held in "
     "Montevideo in November 2022. Working groups led by member countries advanced regional cooperation on the digital "
     "transformation of small and medium-sized enterprises, artificial intelligence, digital inclusion and the "
     "creation of a regional digital market, and ECLAC prepared studies on a common regional position for the "
     "twenty-year review of the Summit.",
     ["C11"], []),
    ("en-blind-rep-coe-cybercrime", "paragraph", None,
     "The Council of Europe continued to support the implementation of the Convention on Cybercrime, which had 76 "
     "parties at the end of 2024. Through its Cybercrime Programme Office in Bucharest, the GLACY-e project trained "
     "judges, prosecutors and police investigators in West Africa, South-East Asia and the Pacific on the collection "
     "and sharing of electronic evidence, and helped Ghana, Mauritius and Sri Lanka bring their criminal procedure laws "
     "into line with the Convention and its Second Additional Protocol on enhanced cooperation and disclosure of "
     "electronic evidence.",
     ["C5", "C4"], []),
    ("en-blind-rep-wipo-marrakesh", "paragraph", None,
     "WIPO continued to promote the Marrakesh Treaty, which facilitates access to published works for persons who are "
     "blind, visually impaired or otherwise print disabled and now covers more than 120 countries. Its Accessible "
     "Books Consortium gives libraries for the blind access to a global catalogue of over 800,000 titles in more than "
     "80 languages, in formats such as Braille, audio and large print, and in 2024 it funded training for publishers "
     "in Bangladesh, Kenya and Peru on producing digital books that are accessible from the outset.",
     ["C3"], []),
    ("en-blind-rep-wto-ecommerce", "paragraph", None,
     "At the World Trade Organization, participants in the Joint Statement Initiative on Electronic Commerce finalized "
     "in July 2024 a stabilized text of an agreement covering electronic signatures and authentication, paperless "
     "trading, open government data, online consumer protection and unsolicited commercial messages. At the "
     "Thirteenth Ministerial Conference, in Abu Dhabi, members agreed to maintain the practice of not imposing customs "
     "duties on electronic transmissions until the next session, and the secretariat trained officials from least "
     "developed countries on what these rules mean for small exporters.",
     ["C7.2"], []),
    ("en-blind-rep-itu-dtc", "paragraph", None,
     "The Digital Transformation Centres Initiative of ITU, run with Cisco and other partners, provided basic and "
     "intermediate digital skills training to more than 300,000 people in 2024, over half of them women, through "
     "centres in Africa, Asia, Latin America and the Pacific. The ITU Academy offered some 200 online and face-to-face "
     "courses on subjects ranging from spectrum management to artificial intelligence, and the network of ITU Centres "
     "of Excellence trained staff of regulators and ministries from 110 countries.",
     ["C4"], []),
    ("en-blind-rep-giga", "paragraph", None,
     "Giga, the joint initiative of ITU and the United Nations Children's Fund to connect every school to the "
     "Internet, had mapped the location and connectivity of more than 2.1 million schools in 140 countries by the end "
     "of 2024. Its data helped the Governments of Botswana, Rwanda and Sierra Leone to aggregate demand and negotiate "
     "lower prices for school connections, and some 14,000 schools were connected with its support, giving about "
     "seven million students access to online learning resources for the first time.",
     ["C2", "C7.3"], []),
    ("en-blind-rep-unicef-learning", "paragraph", None,
     "UNICEF expanded the Learning Passport, a digital learning platform developed with a technology partner, which "
     "offers curriculum-aligned content that can be used online, on low-cost devices and offline. By 2024 it was in "
     "use in some 38 countries and had reached more than six million children and young people, including refugee and "
     "internally displaced children in Jordan, Timor-Leste and Ukraine. UNICEF also supported the ministries of "
     "education of Kenya and Pakistan in training teachers to combine classroom instruction with digital content.",
     ["C7.3"], []),
    ("en-blind-rep-eca-strategies", "paragraph", None,
     "ECA helped twelve member States to prepare or update national digital transformation strategies in 2024, in "
     "consultation with ministries, regulators, the private sector, academia and civil society, and advised Ethiopia "
     "and Zambia on the institutional arrangements needed to implement them, including a coordinating unit at the "
     "highest level of government and dedicated budget lines in sector ministries. With the African Union Commission, "
     "it also organized a peer review at which Benin and Rwanda presented how public-private partnerships had helped "
     "finance their national digital programmes.",
     ["C1"], []),
    ("en-blind-rep-ai-for-good", "paragraph", None,
     "The AI for Good Global Summit, organized by ITU in partnership with some 40 United Nations entities, was held in "
     "Geneva in May 2024 and brought together more than 8,000 participants in person. It showcased applications of "
     "artificial intelligence in health care, food security, disaster management, climate monitoring and "
     "accessibility, and its Innovation Factory gave start-ups from developing countries an opportunity to present "
     "their solutions to investors. The Summit also hosted an AI Governance Day, at which policymakers and industry "
     "discussed interoperable approaches to standards and to the testing of AI systems.",
     ["C7"], []),
    ("en-blind-rep-unesco-platforms", "paragraph", None,
     "The UNESCO Guidelines for the Governance of Digital Platforms, published in November 2023 after consultations "
     "that drew more than 10,000 comments from 134 countries, set out how regulators and companies can address "
     "disinformation and hate speech while safeguarding freedom of expression. In 2024 UNESCO supported media "
     "regulators and electoral bodies in Bosnia and Herzegovina, Kenya and Mexico in applying the Guidelines during "
     "election periods, and helped independent media outlets in 12 countries to verify online content and protect "
     "their newsrooms from coordinated harassment campaigns.",
     ["C9"], []),
    ("en-blind-rep-eca-research-networks", "paragraph", None,
     "ECA worked with the regional research and education networks of Africa, WACREN and the UbuntuNet Alliance, to "
     "connect universities and research centres to high-capacity links and to shared computing and data services. By "
     "2024 more than 1,000 institutions in 40 countries were connected, allowing researchers to take part in "
     "international projects in genomics, climate modelling and radio astronomy, and ECA supported the national "
     "networks of the Democratic Republic of the Congo and the Niger in negotiating access to terrestrial fibre owned "
     "by electricity utilities.",
     ["C7.8", "C2"], []),
    ("en-blind-rep-ohchr-btech", "paragraph", None,
     "The Office of the United Nations High Commissioner for Human Rights, through its B-Tech project, provided "
     "guidance to technology companies on applying the Guiding Principles on Business and Human Rights to the design, "
     "sale and use of digital products, including generative artificial intelligence. It convened a community of "
     "practice of more than 20 major companies on human rights due diligence, and published recommendations for "
     "States on requiring human rights impact assessments before high-risk uses of artificial intelligence in the "
     "public sector.",
     ["C10"], []),

    # ---- Report paragraphs on the WSIS process ---------------------------------------------------------------------
    ("en-blind-rep-mandate", "paragraph", None,
     "The present report has been prepared pursuant to Economic and Social Council resolution 2006/46, in which the "
     "Council requested the Secretary-General to inform the Commission on Science and Technology for Development "
     "annually of progress in the implementation of the outcomes of the Summit, and to General Assembly resolution "
     "70/125. It draws on contributions received from 31 entities of the United Nations system, other international "
     "organizations and stakeholders, in response to a request for information sent by the secretariat of the "
     "Commission in October 2024.",
     [], ["ECOSOC", "GA"]),
    ("en-blind-rep-wsis-forum", "paragraph", None,
     "The WSIS Forum 2025, co-organized by ITU, UNESCO, UNDP and UNCTAD and hosted by ITU in Geneva in July 2025, "
     "served as the annual meeting of action line facilitators foreseen in the Tunis Agenda. It brought together more "
     "than 3,000 participants from some 150 countries, including ministers, regulators and representatives of civil "
     "society and the private sector, held more than 250 sessions, and presented the WSIS Prizes to 18 projects "
     "selected from over 1,000 nominations. Its outcome document and the summaries of the action line meetings were "
     "transmitted to the Commission.",
     ["C11"], ["WSIS-SUMMIT"]),
    ("en-blind-rep-ungis", "paragraph", None,
     "The United Nations Group on the Information Society held its annual meeting in Geneva on the margins of the WSIS "
     "Forum and agreed on a joint contribution to the twenty-year review of the Summit. The statement, endorsed by the "
     "member organizations of the Group, highlights the complementarity between the action lines and the Global "
     "Digital Compact and commits the organizations to aligning their reporting so as to avoid duplication. The Group "
     "also discussed the future of the WSIS Stocktaking database and the rotation of its chair, and thanked UNDP for "
     "its chairmanship during the year.",
     ["C11"], []),
    ("en-blind-rep-cstd-session", "paragraph", None,
     "As requested by the Commission at its twenty-seventh session, the secretariat organized an intersessional panel "
     "in Geneva in November 2024, at which experts and member States discussed the progress made in implementing the "
     "outcomes of the Summit over two decades and the contribution of the Commission to the review. The findings of "
     "the panel, together with the present report, informed the deliberations of the Commission at its twenty-eighth "
     "session, held in April 2025, at which it adopted a draft resolution for consideration by the Economic and "
     "Social Council.",
     [], ["CSTD"]),
    ("en-blind-rep-measurement", "paragraph", None,
     "The Partnership on Measuring ICT for Development continued to maintain the core list of ICT indicators, which "
     "covers infrastructure and access, household and individual use, use by businesses, the ICT sector and trade in "
     "ICT goods and services, education, e-government and electronic waste. In 2024 the Partnership revised the "
     "indicators on digital skills and on the use of ICT by businesses and prepared a report for the Statistical "
     "Commission. Many developing countries still lack recent survey data, and fewer than half of countries have "
     "reported household data on Internet use disaggregated by sex for 2022 or later.",
     [], []),
    ("en-blind-rep-financing", "paragraph", None,
     "Financing remains a constraint on implementation. The Tunis Agenda recognized that public finance must be "
     "complemented by private investment and by innovative financing mechanisms, yet the investment needed to achieve "
     "universal broadband connectivity by 2030 is still estimated at more than US$ 400 billion. Contributions to the "
     "present report describe blended finance vehicles that combine concessional loans with operator investment, the "
     "use of universal service funds for rural networks and guarantees from multilateral development banks, but note "
     "that official development assistance for ICT remains a very small share of the total.",
     ["C11", "C2"], ["WSIS-SUMMIT"]),
    ("en-blind-rep-igf", "paragraph", None,
     "The nineteenth annual meeting of the Internet Governance Forum, held in Riyadh in December 2024 under the "
     "overarching theme \"Building our multistakeholder digital future\", attracted more than 10,000 registered "
     "participants. Its Leadership Panel called for a strengthened and permanent mandate for the Forum, and the "
     "messages from the meeting addressed the governance of artificial intelligence, cybersecurity and trust, and the "
     "inclusion of people who remain unconnected. The Multistakeholder Advisory Group met three times during the year "
     "to prepare the 2025 meeting, to be hosted by Norway.",
     [], ["IGF"]),
    ("en-blind-rep-gdc-sg", "paragraph", None,
     "At the request of the Secretary-General, the Office for Digital and Emerging Technologies prepared, with the "
     "members of the United Nations Group on the Information Society, an overview of how the commitments of the Global "
     "Digital Compact, adopted by the General Assembly as an annex to the Pact for the Future in its resolution 79/1, "
     "relate to the WSIS action lines, so that the implementation of both frameworks can be coordinated and reported "
     "on without duplication. The overview was presented at the WSIS Forum and to the Commission at its "
     "twenty-eighth session.",
     ["C11"], ["SG", "GA"]),
]


def main():
    text_items.write(OUT, [(id_, text, kind, body, None, lines, bodies) for id_, kind, body, text, lines, bodies in ITEMS])


if __name__ == "__main__":
    main()
