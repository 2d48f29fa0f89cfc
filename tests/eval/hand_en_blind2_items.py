"""Hand-labelled English paragraphs, blind set 2: 60 new paragraphs written into the set and labelled by hand.

What the set is: illustrative English paragraphs in the style of the texts the platform ingests (no real
document is quoted; symbols, dates and figures are plausible but made up):
- 24 resolution paragraphs (preambular and operative) of the General Assembly (GA), ECOSOC, the Human Rights
  Council (HRC), the ITU Council (ITU-COUNCIL), the ITU Plenipotentiary Conference (ITU-PP) and the UNESCO
  General Conference (UNESCO-GC), on ICT-for-development topics and on the WSIS process;
- 24 report paragraphs in the style of the Secretary-General's annual WSIS progress report and of the
  contributions of UN entities (what an entity did in a field during the year, sometimes under which mandate);
- 12 report paragraphs on the WSIS process itself (mandate of the report, sessions, the WSIS Forum, UNGIS, the
  CSTD's review, the IGF, enhanced cooperation, measurement, financing), which carry no action line.

The paragraphs were written and labelled without reading the taxonomy, the classifier or the other labelled
sets; only the domain description (docs/domain.md) and the conventions below were used.

Conventions:
- kind is `preambular` or `operative` for resolution paragraphs, with documentBody the adopting organ's id;
  report paragraphs have kind `paragraph` and no documentBody. section is always empty.
- actionLines: the lines the paragraph is substantively about, primary first (the one the Secretary-General's
  report would file it under). A second line only when the paragraph treats a second field in a clause or
  sentence of its own, not when a sector is named in passing inside a list. C7 sub-lines carry their own code
  and never `C7` as well; plain `C7` only for ICT applications across several sectors at once. At most three.
- `[]` for paragraphs on the WSIS process (reports, mandates, sessions, the WSIS Forum, UNGIS, reporting,
  thanks, budgets), on financing mechanisms, Internet governance and enhanced cooperation, measurement and
  indicators, and for paragraphs that only list action lines by code or name.
- requestingBodies: the adopting organ for an operative paragraph (not for a preambular one), plus every body
  whose resolution, decision, recommendation, request, mandate, outcome text or meeting the paragraph cites.
  A body that only receives a text, submits a report or is asked to act is not a requesting body. A preamble
  recalling the adopting organ's own earlier resolution gives that organ. WSIS-SUMMIT only when a named
  outcome text is cited (Geneva Declaration of Principles, Geneva Plan of Action, Tunis Commitment, Tunis
  Agenda). SG when the paragraph states a request or call of the Secretary-General of the United Nations, not
  when he submits a report; the Secretary-General of ITU (or of UNCTAD) is not SG. Organs outside the id list
  (World Health Assembly, ILO bodies, Universal Postal Congress, Statistical Commission, African Union) are
  not labelled.

Judgement calls:
- ga-offline-infrastructure: the digital divide is framed through the lack of broadband infrastructure, so C2
  rather than C3; the gender divide is named in passing.
- ga-elearning-online-work: the second clause (decent work in online platform employment) is a clause of its
  own, hence C7.3 then C7.5.
- ga-taking-note-report: the Chair's summary of the CSTD session is read as citing the Commission's meeting
  (CSTD); the Secretary-General only submits the report (no SG).
- ecosoc-enabling-markets: preambular, and it cites only a report of the Secretary-General, so no body.
- hrc-recall-rights-online: privacy online could be C5 (privacy is part of confidence and security); the
  paragraph is framed as human rights online, so C10.
- hrc-shutdowns-journalists: shutdowns are filed under access to information (C3); the clause on journalists
  working online is its own clause (C9). C10 was also possible for the first clause.
- hrc-barriers-languages: two clauses, access for persons with disabilities (C3) and content in few languages
  (C8).
- itucouncil-broadband-ldcs: "the Secretary-General" is ITU's, so not SG.
- itucouncil-cwg-recommendations: secure digital identity is read as part of security (C5), not e-government.
- itupp-early-warnings: the initiative answers a call of the UN Secretary-General (SG); preambular, so no ITU-PP.
- unescogc-open-educational-resources: open educational resources could be C3; the paragraph is about
  teachers and learning materials, so C7.3. The Recommendation is the General Conference's own, which the
  operative paragraph already gives.
- unescogc-media-literacy: media and information literacy is kept under C9 with the safety of journalists
  rather than as a separate C4 line.
- unctad-etrade: the clause on legislation for electronic transactions is read as its own clause on the legal
  environment (C6) after e-business (C7.2).
- giga-school-connectivity: school connectivity is filed under infrastructure (C2), not e-learning.
- who-digital-health, ilo-platform-work, upu-postal-services: the mandating organs (World Health Assembly, ILO
  Governing Body, Universal Postal Congress) are outside the id list, so no body.
- wmo-early-warnings: work led at the request of the UN Secretary-General gives SG.
- unesco-indigenous-languages: the International Decade proclaimed by the General Assembly is read as a cited
  GA decision (GA).
- eca-regulatory-frameworks: spectrum policy is named inside the regulatory review, so C6 only, not C2.
- eclac-elac: a regional digital agenda is regional cooperation (C11); the studies on the digital economy are
  mentioned in passing.
- escwa-sector-applications: applications in health, education and agriculture at once, hence plain C7.
- itu-academy-skills: the World Telecommunication Development Conference is an ITU conference but not the
  Plenipotentiary Conference, so no body.
- process-contributions-request: the request comes from the Secretary-General of UNCTAD, so not SG.
- process-cstd-session, process-igf-meeting, process-cwg-meeting: a body's meeting is cited, so that body;
  ECOSOC and the ITU Council only receive texts there.
- process-measurement: the Statistical Commission is outside the id list.
"""
import os

import text_items

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hand-labelled-en-blind-2.jsonl")

P = "paragraph"
PRE = "preambular"
OP = "operative"

ITEMS = [
    # --- Resolutions: General Assembly ---
    ("en-blind2-ga-offline-infrastructure", PRE, "GA",
     "Recalling its resolutions 70/125 of 16 December 2015 and A/RES/78/132 of 19 December 2023, and noting with "
     "concern that the lack of affordable broadband infrastructure in rural and remote areas continues to keep "
     "more than two billion people offline, and that the digital divide between and within countries, including "
     "the gender digital divide, persists,",
     ["C2"], ["GA"]),
    ("en-blind2-ga-cybersecurity-trust", OP, "GA",
     "Calls upon all States to strengthen their national capacity to prevent and respond to cyberincidents, "
     "including through national computer incident response teams, legal frameworks against cybercrime and "
     "cooperation among competent authorities, in order to build confidence and security in the use of "
     "information and communications technologies, in line with paragraph 39 of the Tunis Agenda for the "
     "Information Society;",
     ["C5"], ["GA", "WSIS-SUMMIT"]),
    ("en-blind2-ga-elearning-online-work", OP, "GA",
     "Encourages Member States and the entities of the United Nations system to expand digital learning "
     "opportunities for students and teachers, in particular in least developed countries and in crisis "
     "settings, and further encourages them to promote decent work, fair remuneration and social protection for "
     "persons employed through online platforms and in telework;",
     ["C7.3", "C7.5"], ["GA"]),
    ("en-blind2-ga-request-report", OP, "GA",
     "Requests the Secretary-General to submit to the General Assembly at its eighty-first session, through the "
     "Economic and Social Council, a report on the implementation of the present resolution, and decides to "
     "include in the provisional agenda of that session the item entitled \"Information and communications "
     "technologies for sustainable development\";",
     [], ["GA"]),
    ("en-blind2-ga-taking-note-report", PRE, "GA",
     "Taking note of the report of the Secretary-General on progress made in the implementation of and follow-up "
     "to the outcomes of the World Summit on the Information Society at the regional and international levels, "
     "and of the Chair's summary of the twenty-eighth session of the Commission on Science and Technology for "
     "Development,",
     [], ["CSTD"]),

    # --- Resolutions: ECOSOC ---
    ("en-blind2-ecosoc-recall-mandates", PRE, "ECOSOC",
     "Recalling its resolutions 2006/46 of 28 July 2006 and 2023/3 of 5 June 2023, as well as General Assembly "
     "resolution 70/125 on the outcome document of the high-level meeting of the General Assembly on the overall "
     "review of the implementation of the outcomes of the World Summit on the Information Society,",
     [], ["ECOSOC", "GA"]),
    ("en-blind2-ecosoc-telemedicine", OP, "ECOSOC",
     "Encourages the relevant United Nations entities, in cooperation with national health authorities, to "
     "support the deployment of interoperable electronic health records and telemedicine services in underserved "
     "and rural areas, taking into account the global strategy on digital health endorsed by the World Health "
     "Assembly;",
     ["C7.4"], ["ECOSOC"]),
    ("en-blind2-ecosoc-cstd-stip-reviews", OP, "ECOSOC",
     "Welcomes the decision of the Commission on Science and Technology for Development at its twenty-seventh "
     "session to continue its programme of science, technology and innovation policy reviews, and invites the "
     "Commission, in partnership with the regional commissions, to strengthen the human and institutional "
     "capacity of developing countries to formulate and implement such policies;",
     ["C4"], ["ECOSOC", "CSTD"]),
    ("en-blind2-ecosoc-enabling-markets", PRE, "ECOSOC",
     "Noting that predictable and transparent regulatory frameworks, effective competition policy and consumer "
     "protection in digital markets are essential to attract private investment in information and "
     "communications technologies, as highlighted in the report of the Secretary-General (A/80/64-E/2025/12),",
     ["C6"], []),
    ("en-blind2-ecosoc-digital-public-services", PRE, "ECOSOC",
     "Noting with appreciation the progress made by many countries in the digital transformation of public "
     "administration, including the online delivery of public services and the use of digital identity, and "
     "recalling its resolution E/RES/2024/12 on the report of the Committee of Experts on Public Administration,",
     ["C7.1"], ["ECOSOC"]),

    # --- Resolutions: Human Rights Council ---
    ("en-blind2-hrc-recall-rights-online", PRE, "HRC",
     "Recalling General Assembly resolution 77/211 of 15 December 2022 on the right to privacy in the digital age "
     "and its own resolution 54/21 of 11 October 2023, and reaffirming that the same rights that people have "
     "offline must also be protected online,",
     ["C10"], ["GA", "HRC"]),
    ("en-blind2-hrc-shutdowns-journalists", OP, "HRC",
     "Condemns unequivocally measures in violation of international human rights law aiming to or that "
     "intentionally prevent or disrupt access to or dissemination of information online, including Internet "
     "shutdowns, and calls upon all States to ensure that journalists and media workers can carry out their work "
     "online independently and without undue interference or fear of reprisal;",
     ["C3", "C9"], ["HRC"]),
    ("en-blind2-hrc-ai-public-services", OP, "HRC",
     "Requests the Office of the United Nations High Commissioner for Human Rights to prepare a report on the "
     "human rights implications of the design, development and deployment of artificial intelligence systems in "
     "the delivery of public services, including on the risks of discrimination, and to present it to the Human "
     "Rights Council at its sixtieth session;",
     ["C10"], ["HRC"]),
    ("en-blind2-hrc-barriers-languages", PRE, "HRC",
     "Noting with concern that persons with disabilities and older persons continue to face barriers in accessing "
     "information and public services online, and that most content available on the Internet is produced in a "
     "small number of languages, to the detriment of speakers of minority and indigenous languages,",
     ["C3", "C8"], []),

    # --- Resolutions: ITU Council ---
    ("en-blind2-itucouncil-recall-1332", PRE, "ITU-COUNCIL",
     "Recalling Resolution 1332 (modified 2023) of the Council, on ITU's role in the implementation of the WSIS "
     "outcomes and the 2030 Agenda for Sustainable Development, and Resolution 140 (Rev. Bucharest, 2022) of the "
     "Plenipotentiary Conference,",
     [], ["ITU-COUNCIL", "ITU-PP"]),
    ("en-blind2-itucouncil-instructs-cwg", OP, "ITU-COUNCIL",
     "Instructs the Council Working Group on WSIS and SDGs to continue reviewing the alignment of ITU's "
     "activities as facilitator of action lines C2, C5 and C6 with the Sustainable Development Goals, and to "
     "report thereon to the Council at its 2026 session;",
     [], ["ITU-COUNCIL"]),
    ("en-blind2-itucouncil-broadband-ldcs", OP, "ITU-COUNCIL",
     "Instructs the Secretary-General, in collaboration with the Directors of the three Bureaux, to continue "
     "assisting Member States, in particular least developed countries, landlocked developing countries and "
     "small island developing States, in developing national broadband plans and in deploying resilient backbone "
     "and last-mile networks, including satellite connectivity for unserved areas;",
     ["C2"], ["ITU-COUNCIL"]),
    ("en-blind2-itucouncil-cwg-recommendations", PRE, "ITU-COUNCIL",
     "Taking into account the recommendations of the Council Working Group on WSIS and SDGs at its fortieth "
     "meeting concerning the protection of children online and the security of digital identity systems,",
     ["C5"], ["CWG-WSIS"]),

    # --- Resolutions: ITU Plenipotentiary Conference ---
    ("en-blind2-itupp-early-warnings", PRE, "ITU-PP",
     "recognizing the essential role of telecommunications/ICTs in early warning, disaster risk reduction and "
     "emergency response, and the Early Warnings for All initiative, launched in response to the call of the "
     "Secretary-General of the United Nations that every person on Earth be protected by early warning systems "
     "by 2027,",
     ["C7.6"], ["SG"]),
    ("en-blind2-itupp-affordability", OP, "ITU-PP",
     "resolves to instruct the Director of the Telecommunication Development Bureau to assist Member States in "
     "adopting regulatory measures that foster competition, lower the cost of international connectivity and "
     "improve the affordability of broadband services for end users,",
     ["C6"], ["ITU-PP"]),
    ("en-blind2-itupp-recall-summit-texts", PRE, "ITU-PP",
     "recalling the Geneva Plan of Action and the Tunis Agenda for the Information Society, in which ITU was "
     "entrusted with facilitating action lines C2 (Information and communication infrastructure) and C5 "
     "(Building confidence and security in the use of ICTs), and Resolution 140 (Rev. Bucharest, 2022) of this "
     "conference,",
     [], ["WSIS-SUMMIT", "ITU-PP"]),

    # --- Resolutions: UNESCO General Conference ---
    ("en-blind2-unescogc-open-educational-resources", OP, "UNESCO-GC",
     "Invites the Director-General to continue supporting Member States in implementing the Recommendation on "
     "Open Educational Resources, in particular by strengthening the capacity of teachers to use, adapt and share "
     "openly licensed digital learning materials in national languages;",
     ["C7.3"], ["UNESCO-GC"]),
    ("en-blind2-unescogc-media-literacy", OP, "UNESCO-GC",
     "Requests the Director-General to strengthen the Organization's support for the safety of journalists and "
     "the viability of independent media, and to promote media and information literacy so that citizens can "
     "critically assess the information they find online;",
     ["C9"], ["UNESCO-GC"]),
    ("en-blind2-unescogc-documentary-heritage", OP, "UNESCO-GC",
     "Decides to launch, within the Memory of the World Programme, an initiative to support the digitization and "
     "long-term preservation of documentary heritage, including heritage in indigenous languages, held by "
     "libraries and archives in developing countries;",
     ["C8"], ["UNESCO-GC"]),

    # --- Report paragraphs: contributions of entities ---
    ("en-blind2-itu-partner2connect", P, None,
     "As facilitator of action line C2, ITU continued to mobilize commitments through the Partner2Connect Digital "
     "Coalition, which by the end of 2024 had gathered pledges of more than US$ 50 billion for connectivity in "
     "hard-to-connect communities. The Union also published guidelines on infrastructure sharing and on the "
     "resilience of submarine cable networks serving small island developing States.",
     ["C2"], []),
    ("en-blind2-itu-incident-response", P, None,
     "Pursuant to Resolution 130 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, ITU supported the "
     "establishment of national computer incident response teams in six countries in Africa and the Arab region "
     "and organized regional cyberdrills in which some 40 countries took part.",
     ["C5"], ["ITU-PP"]),
    ("en-blind2-unesco-access-information", P, None,
     "UNESCO marked the International Day for Universal Access to Information with a global conference on access "
     "to information in the age of artificial intelligence, and supported twelve Member States in adopting or "
     "implementing legislation guaranteeing the public's right to information.",
     ["C3"], []),
    ("en-blind2-unesco-safety-journalists", P, None,
     "In the framework of the United Nations Plan of Action on the Safety of Journalists and the Issue of "
     "Impunity, UNESCO trained more than 3,000 judges, prosecutors and members of security forces on freedom of "
     "expression and the protection of journalists. During the year, the Director-General condemned the killing "
     "of 68 journalists and media workers.",
     ["C9"], []),
    ("en-blind2-unctad-etrade", P, None,
     "Through the eTrade for all initiative, UNCTAD carried out rapid eTrade readiness assessments in five least "
     "developed countries to help small businesses sell online. It also assisted governments in drafting "
     "legislation on electronic transactions, online consumer protection and data protection, bringing the "
     "number of countries it has advised on cyberlaw reform to more than 60.",
     ["C7.2", "C6"], []),
    ("en-blind2-undp-national-strategies", P, None,
     "UNDP supported more than 40 countries in formulating national digital transformation strategies, working "
     "with governments to set up whole-of-government coordination mechanisms and to involve the private sector, "
     "academia and civil society in the design and oversight of digital policy.",
     ["C1"], []),
    ("en-blind2-desa-digital-government", P, None,
     "UN DESA, through its Division for Public Institutions and Digital Government, provided advisory services "
     "to eight countries on digital government strategies and the integration of online public services, and held "
     "workshops on data-driven service delivery for public officials in the Pacific.",
     ["C7.1"], []),
    ("en-blind2-who-digital-health", P, None,
     "In implementation of the global strategy on digital health endorsed by the World Health Assembly, WHO "
     "launched the Global Initiative on Digital Health and supported 20 countries in strengthening their digital "
     "health architectures, including national health information exchanges and telehealth services for primary "
     "care.",
     ["C7.4"], []),
    ("en-blind2-fao-digital-villages", P, None,
     "FAO extended its Digital Villages Initiative to more than 100 villages in 30 countries, helping smallholder "
     "farmers use mobile advisory services, digital marketplaces and localized weather information, and "
     "published a guide for ministries of agriculture on preparing national digital agriculture strategies.",
     ["C7.7"], []),
    ("en-blind2-ilo-platform-work", P, None,
     "The ILO continued its research on employment through digital labour platforms in preparation for the "
     "standard-setting discussion on decent work in the platform economy, placed on the agenda of the "
     "International Labour Conference by the Governing Body, and helped public employment services in three "
     "countries launch online job-matching portals.",
     ["C7.5"], []),
    ("en-blind2-unep-ewaste", P, None,
     "UNEP supported countries in Latin America in developing policies for the environmentally sound management "
     "of electronic waste, and expanded the use of satellite data and digital platforms for environmental "
     "monitoring through its World Environment Situation Room.",
     ["C7.6"], []),
    ("en-blind2-wmo-early-warnings", P, None,
     "At the request of the Secretary-General of the United Nations, WMO continued to co-lead, with ITU, the "
     "Early Warnings for All initiative. In 2024, multi-hazard early warning services were strengthened in 30 "
     "priority countries, including through the dissemination of alerts by mobile networks.",
     ["C7.6"], ["SG"]),
    ("en-blind2-upu-postal-services", P, None,
     "The Universal Postal Union, as mandated by the postal strategy adopted by the Universal Postal Congress, "
     "assisted designated operators in 15 countries in offering e-commerce logistics, electronic payments and "
     "digital financial services through post offices, with a focus on micro and small enterprises.",
     ["C7.2"], []),
    ("en-blind2-giga-school-connectivity", P, None,
     "Through the Giga initiative, ITU and UNICEF mapped the location and connectivity status of more than two "
     "million schools and helped connect some 15,000 schools to the Internet in 2024. The initiative also "
     "supported governments in aggregating demand and designing procurement models to lower the cost of school "
     "connectivity.",
     ["C2"], []),
    ("en-blind2-wipo-accessible-books", P, None,
     "WIPO's Accessible Books Consortium expanded its global catalogue to more than 900,000 titles in accessible "
     "formats in 80 languages, which authorized entities in some 60 countries can exchange across borders for the "
     "benefit of persons who are blind, visually impaired or otherwise print disabled.",
     ["C3"], []),
    ("en-blind2-ohchr-tech-companies", P, None,
     "Pursuant to Human Rights Council resolution 53/29, OHCHR convened an expert consultation on the "
     "application of the Guiding Principles on Business and Human Rights to technology companies, and submitted "
     "a summary of its conclusions to the Council at its fifty-sixth session.",
     ["C10"], ["HRC"]),
    ("en-blind2-eca-regulatory-frameworks", P, None,
     "The Economic Commission for Africa assisted ten member States in reviewing their telecommunications "
     "regulatory frameworks, licensing regimes and spectrum policies with a view to attracting investment, and "
     "published a model law on digital services for consideration by national legislators.",
     ["C6"], []),
    ("en-blind2-eclac-elac", P, None,
     "ECLAC continued to serve as technical secretariat of the Digital Agenda for Latin America and the "
     "Caribbean, whose ministerial conference, held in November, adopted a new regional work programme and "
     "strengthened cooperation among the countries of the region; the Commission also published studies on the "
     "digital economy.",
     ["C11"], []),
    ("en-blind2-itu-academy-skills", P, None,
     "In line with the priorities set by the World Telecommunication Development Conference, the ITU Academy "
     "delivered training to more than 25,000 participants from 180 countries, and the Digital Transformation "
     "Centres initiative trained some 100,000 people in basic and intermediate digital skills.",
     ["C4"], []),
    ("en-blind2-unctad-cstd-policy-training", P, None,
     "In response to the request of the Commission on Science and Technology for Development at its "
     "twenty-seventh session, UNCTAD trained policymakers from 25 developing countries in technology assessment "
     "and foresight, and completed science, technology and innovation policy reviews in two countries.",
     ["C4"], ["CSTD"]),
    ("en-blind2-unesco-indigenous-languages", P, None,
     "Within the framework of the International Decade of Indigenous Languages (2022-2032), proclaimed by the "
     "General Assembly, UNESCO supported the development of digital tools and online content in 20 indigenous "
     "languages and issued guidelines on multilingualism in cyberspace.",
     ["C8"], ["GA"]),
    ("en-blind2-unesco-open-science", P, None,
     "In line with the Recommendation on Open Science adopted by its General Conference, UNESCO supported 15 "
     "Member States in developing national open science policies and promoted shared research infrastructures "
     "and open access to scientific publications and data.",
     ["C7.8"], ["UNESCO-GC"]),
    ("en-blind2-escwa-sector-applications", P, None,
     "ESCWA helped Arab States scale up digital applications across sectors, supporting ministries of health, "
     "education and agriculture in deploying interoperable online services, and shared good practices on the "
     "reuse of digital public infrastructure between government agencies.",
     ["C7"], []),
    ("en-blind2-unicef-learning-child-safety", P, None,
     "UNICEF's Learning Passport platform reached more than seven million children and young people in 2024, "
     "offering curriculum-aligned digital learning in and out of school. UNICEF also released guidance for "
     "education technology providers on protecting children's data and keeping children safe online.",
     ["C7.3", "C5"], []),

    # --- Report paragraphs: the WSIS process ---
    ("en-blind2-process-report-mandate", P, None,
     "The present report was prepared pursuant to Economic and Social Council resolution 2006/46, in which the "
     "Council requested the Secretary-General to inform the Commission on Science and Technology for "
     "Development annually of the implementation of the outcomes of the Summit, and in accordance with General "
     "Assembly resolution 70/125.",
     [], ["ECOSOC", "GA"]),
    ("en-blind2-process-contributions-request", P, None,
     "In response to a letter of the Secretary-General of UNCTAD inviting contributions, 31 United Nations "
     "entities and other international organizations submitted information on their activities in 2024, which "
     "is available on the website of the Commission.",
     [], []),
    ("en-blind2-process-wsis-forum", P, None,
     "The WSIS Forum 2024, co-organized by ITU, UNESCO, UNDP and UNCTAD and held in Geneva from 27 to 31 May, "
     "brought together more than 6,000 participants from 160 countries. It included the WSIS Prizes ceremony "
     "and a high-level track devoted to the twenty-year review of the Summit.",
     [], []),
    ("en-blind2-process-ungis", P, None,
     "The United Nations Group on the Information Society held its annual meeting under the chairmanship of "
     "UNESCO and prepared a joint contribution of the United Nations system to the twenty-year review, as called "
     "for by the General Assembly in its resolution 70/125.",
     ["C11"], ["GA"]),
    ("en-blind2-process-cstd-session", P, None,
     "At its twenty-seventh session, held in Geneva from 15 to 19 April 2024, the Commission on Science and "
     "Technology for Development reviewed progress in the implementation of the outcomes of the Summit and "
     "approved a draft resolution for adoption by the Economic and Social Council.",
     [], ["CSTD"]),
    ("en-blind2-process-igf-meeting", P, None,
     "The nineteenth annual meeting of the Internet Governance Forum, held in Riyadh in December 2024, brought "
     "together some 10,000 participants in person and online; its outputs, including the messages of its policy "
     "networks and best practice forums, were shared with the preparatory process for the review.",
     [], ["IGF"]),
    ("en-blind2-process-enhanced-cooperation", P, None,
     "Views continued to differ on the implementation of enhanced cooperation on international public policy "
     "issues pertaining to the Internet, as envisaged in paragraphs 69 to 71 of the Tunis Agenda for the "
     "Information Society.",
     [], ["WSIS-SUMMIT"]),
    ("en-blind2-process-measurement", P, None,
     "The Partnership on Measuring ICT for Development updated the core list of ICT indicators, which was "
     "endorsed by the Statistical Commission at its fifty-fifth session, and noted that gaps in data on "
     "individuals' use of ICTs persist in many least developed countries.",
     [], []),
    ("en-blind2-process-financing", P, None,
     "Contributors noted that financing remains a major constraint on the implementation of the outcomes of the "
     "Summit, and that public investment, blended finance instruments and reformed universal service funds will "
     "be needed to close the remaining investment gap.",
     ["C11"], []),
    ("en-blind2-process-wsis20-modalities", P, None,
     "In its resolution 79/225, the General Assembly decided that the overall review of the implementation of "
     "the outcomes of the Summit would be concluded by a high-level meeting in December 2025, preceded by an "
     "intergovernmental preparatory process that would take into account the contributions of all stakeholders.",
     [], ["GA"]),
    ("en-blind2-process-cwg-meeting", P, None,
     "The ITU Council Working Group on WSIS and SDGs, at its fortieth meeting in September 2024, reviewed ITU's "
     "contribution to the implementation of the outcomes of the Summit and agreed on a draft ITU input to the "
     "review, which it forwarded to the Council for approval.",
     [], ["CWG-WSIS"]),
    ("en-blind2-process-facilitators", P, None,
     "The action line facilitators, namely ITU for action lines C2, C5 and C6, UNESCO for C3, C7 (e-learning and "
     "e-science), C8, C9 and C10, and UNDP for C1, C4 and C11, held their annual facilitation meetings during "
     "the WSIS Forum.",
     ["C11"], []),
]


def main():
    text_items.write(OUT, [(id_, text, kind, body, None, lines, bodies)
                           for id_, kind, body, text, lines, bodies in ITEMS])


if __name__ == "__main__":
    main()
