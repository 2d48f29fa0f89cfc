#!/usr/bin/env python3
"""Writes tests/eval/hand-labelled-en.jsonl: English paragraphs written for this set (in the style of UN resolutions
and of the Secretary-General's WSIS report), labelled by hand. Labelling rules: eval/README.md.
Run from the repository root: python3 tests/eval/hand_en_items.py
"""
import json

# (id, text, kind, documentBody, section, actionLines, requestingBodies)
ITEMS = [
    # Secretary-General's report style, narrative paragraphs
    ("en-rep-c1-strategy", "Several Governments adopted national digital strategies in 2024 that set out whole-of-government priorities, and the multi-stakeholder consultations that preceded them involved the private sector, academia and civil society.", "paragraph", None, None, ["C1"], []),
    ("en-rep-c1-compact", "The Global Digital Compact, adopted by the General Assembly as an annex to the Pact for the Future, commits Member States to an inclusive, open and secure digital future, and its implementation is to be aligned with the WSIS process.", "paragraph", None, None, ["C1"], ["GA"]),
    ("en-rep-c1-ai-gov", "The High-level Advisory Body on Artificial Intelligence proposed an international scientific panel and a policy dialogue on the governance of artificial intelligence, to be convened within the United Nations.", "paragraph", None, None, ["C1"], []),
    ("en-rep-c1-dpg", "The Digital Public Goods Alliance continued to register open-source software, open data and open models that countries can adopt to reach the Sustainable Development Goals.", "paragraph", None, None, ["C1", "C3"], []),
    ("en-rep-c2-bbmaps", "ITU's interactive transmission maps now show backbone networks and submarine cables reported by more than 600 operators, helping planners identify where rural areas remain beyond the reach of broadband.", "paragraph", None, None, ["C2"], []),
    ("en-rep-c2-ixp", "The Internet Society supported the deployment of internet exchange points in twelve countries and, with local partners, helped build community networks in remote villages.", "paragraph", None, None, ["C2"], []),
    ("en-rep-c2-satellite", "Low-earth-orbit satellite constellations have expanded coverage in sparsely populated areas, although affordability of terminals and spectrum coordination remain concerns for regulators.", "paragraph", None, None, ["C2", "C6"], []),
    ("en-rep-c2-energy", "A guide on off-grid power solutions for base stations was published to help operators keep mobile networks running in places without a reliable electricity supply.", "paragraph", None, None, ["C2"], []),
    ("en-rep-c3-libraries", "IFLA's Internet Manifesto describes how public libraries should offer free public access to the internet and to information, including for people who cannot afford a connection at home.", "paragraph", None, None, ["C3"], []),
    ("en-rep-c3-open-access", "UNESCO reported on the implementation of access to information laws in 84 countries and promoted open access to scientific publications through its repositories.", "paragraph", None, None, ["C3"], []),
    ("en-rep-c3-disability", "Conferences on accessibility for persons with disabilities examined how websites and mobile applications can be designed so that everyone can use them.", "paragraph", None, None, ["C3"], []),
    ("en-rep-c4-academy", "The ITU Academy offered over 200 online courses on telecommunication policy and digital development, and more than 40,000 people completed a training programme during the year.", "paragraph", None, None, ["C4"], []),
    ("en-rep-c4-skills", "Many intergovernmental and multi-stakeholder organizations work to build the capacity of digital professionals and to raise the digital literacy of the general public, particularly of older persons.", "paragraph", None, None, ["C4"], []),
    ("en-rep-c4-judges", "UNESCO trained judges and court officials on the use of artificial intelligence in judicial systems through webinars and a massive open online course.", "paragraph", None, None, ["C4"], []),
    ("en-rep-c5-gci", "ITU released the fifth edition of the Global Cybersecurity Index, which measures countries' commitment to cybersecurity across legal, technical, organizational, capacity development and cooperation measures.", "paragraph", None, None, ["C5"], []),
    ("en-rep-c5-convention", "The General Assembly adopted a convention against cybercrime, which is intended to strengthen international cooperation on the investigation of offences committed by means of ICT systems.", "paragraph", None, None, ["C5"], ["GA"]),
    ("en-rep-c5-children", "Guidelines on child online protection were updated for parents, educators and industry, reflecting new risks linked to online games and generative tools.", "paragraph", None, None, ["C5"], []),
    ("en-rep-c6-regulators", "The Global Symposium for Regulators discussed collaborative regulation and agreed best-practice guidelines on regulatory approaches for the digital economy.", "paragraph", None, None, ["C6"], []),
    ("en-rep-c6-dpi", "A universal framework of safeguards for digital public infrastructure was launched to help Governments protect people's rights when deploying identity and payment systems.", "paragraph", None, None, ["C6", "C7.1"], []),
    ("en-rep-c6-oecd", "OECD revised its Recommendation on artificial intelligence to take account of general-purpose systems, and published a framework for anticipatory governance of emerging technologies.", "paragraph", None, None, ["C6"], []),
    ("en-rep-c71-survey", "The 2024 edition of the United Nations E-Government Survey found that the global average of the E-Government Development Index rose again, while the least developed countries still lag behind.", "paragraph", None, None, ["C7.1"], []),
    ("en-rep-c71-services", "Several ministries moved tax filing, business registration and social benefits onto a single online portal, cutting the time citizens spend on public services.", "paragraph", None, None, ["C7.1"], []),
    ("en-rep-c72-der", "The Digital Economy Report 2024 of UNCTAD highlighted the environmental footprint of digitalization and called for development strategies that take it into account.", "paragraph", None, None, ["C7.2", "C7.6"], []),
    ("en-rep-c72-etrade", "Coordinated by UNCTAD, the eTrade for All initiative helps developing countries assess their readiness for e-commerce and connects them with partners that can finance the reforms identified.", "paragraph", None, None, ["C7.2"], []),
    ("en-rep-c72-women", "ITC and WTO launched a fund for women exporters in the digital economy, which supports women-owned small businesses selling online.", "paragraph", None, None, ["C7.2"], []),
    ("en-rep-c73-schools", "The Giga initiative of ITU and UNICEF has mapped more than two million schools and connected many of them to the internet, so that pupils and teachers can use digital learning resources.", "paragraph", None, None, ["C7.3"], []),
    ("en-rep-c73-platforms", "UNESCO's Global Education Coalition published guidance on public digital learning platforms and on the competencies teachers need to use them.", "paragraph", None, None, ["C7.3"], []),
    ("en-rep-c74-who", "WHO advanced the implementation of the Global Strategy on Digital Health and supported countries in building interoperable health information systems.", "paragraph", None, None, ["C7.4"], []),
    ("en-rep-c74-telemedicine", "Telemedicine services expanded in rural clinics, where patients can now consult specialists by video instead of travelling to city hospitals.", "paragraph", None, None, ["C7.4"], []),
    ("en-rep-c75-platform", "The Fairwork project assessed working conditions on digital labour platforms against principles of fair pay, fair conditions and fair contracts.", "paragraph", None, None, ["C7.5"], []),
    ("en-rep-c75-escap", "ESCAP published a study of how automation affects productivity and jobs in Asia, with recommendations on reskilling workers whose tasks are changing.", "paragraph", None, None, ["C7.5", "C4"], []),
    ("en-rep-c76-ewaste", "The Global E-waste Monitor estimated that 62 million tonnes of electronic waste were generated in 2022, and less than a quarter of it was documented as properly collected and recycled.", "paragraph", None, None, ["C7.6"], []),
    ("en-rep-c76-ew4all", "WMO is modernizing its information system for weather, climate and water data as part of the Early Warnings for All initiative.", "paragraph", None, None, ["C7.6"], []),
    ("en-rep-c77-fao", "FAO expanded its digital villages initiative, which gives smallholder farmers access to market prices, weather advice and mobile payments.", "paragraph", None, None, ["C7.7"], []),
    ("en-rep-c77-extension", "Agricultural extension services in several countries now send planting advice and pest alerts to farmers by text message.", "paragraph", None, None, ["C7.7"], []),
    ("en-rep-c78-openscience", "The UNESCO Recommendation on Open Science gives Governments a framework for sharing scientific data, research infrastructure and publications.", "paragraph", None, None, ["C7.8"], []),
    ("en-rep-c78-nren", "National research and education networks connected universities to high-capacity links that let scientists exchange large data sets.", "paragraph", None, None, ["C7.8", "C2"], []),
    ("en-rep-c8-languages", "UNESCO published a toolkit on digital initiatives for indigenous languages, in the framework of the International Decade of Indigenous Languages.", "paragraph", None, None, ["C8"], []),
    ("en-rep-c8-heritage", "Museums and archives digitized cultural heritage collections so that local content in minority languages can be found online.", "paragraph", None, None, ["C8"], []),
    ("en-rep-c9-media", "The International Fund for Public Interest Media supports independent news organizations facing political threats and financial difficulties.", "paragraph", None, None, ["C9"], []),
    ("en-rep-c9-disinfo", "UNESCO promoted media and information literacy and issued guidelines for governing digital platforms in order to counter disinformation while protecting freedom of expression.", "paragraph", None, None, ["C9"], []),
    ("en-rep-c10-ethics", "The Recommendation on the Ethics of Artificial Intelligence is being implemented through readiness assessments in more than 50 countries.", "paragraph", None, None, ["C10"], []),
    ("en-rep-c10-hr", "The Office of the United Nations High Commissioner for Human Rights examined the human rights implications of surveillance technologies and of internet shutdowns.", "paragraph", None, None, ["C10"], []),
    ("en-rep-c10-children", "UNICEF's report on the state of the world's children considered the rights of the child in digital environments, including the effects of digital marketing.", "paragraph", None, None, ["C10"], []),
    ("en-rep-c11-g20", "The G20 Digital Economy Working Group adopted a declaration on digital inclusion, digital government and the role of artificial intelligence in reducing inequalities.", "paragraph", None, None, ["C11"], []),
    ("en-rep-c11-regional", "Regional cooperation on digital transformation was strengthened through joint programmes of the regional commissions and the African Union.", "paragraph", None, None, ["C11"], []),
    ("en-rep-c11-ungis", "The United Nations Group on the Information Society coordinated the contributions of its members to the twenty-year review.", "paragraph", None, None, ["C11"], []),
    ("en-rep-mandate", "The present report was prepared in response to Economic and Social Council resolution 2006/46. It draws on contributions from 31 United Nations entities and other stakeholders.", "paragraph", None, None, [], ["ECOSOC"]),
    ("en-rep-letter", "The Secretary-General of UNCTAD sent a letter inviting contributions on trends, achievements and obstacles in implementing the outcomes of the Summit.", "paragraph", None, None, [], ["SG"]),
    ("en-rep-igf", "The nineteenth meeting of the Internet Governance Forum was held in Riyadh in December 2024 and drew more than 9,000 participants.", "paragraph", None, None, [], ["IGF"]),
    ("en-rep-cstd-session", "The Commission on Science and Technology for Development held its twenty-seventh session in Geneva in April 2024.", "paragraph", None, None, [], ["CSTD"]),
    ("en-rep-notes", "All websites referred to in footnotes were accessed in January 2025.", "paragraph", None, None, [], []),
    ("en-rep-thanks", "The secretariat thanks all the entities that replied to the questionnaire on time.", "paragraph", None, None, [], []),
    ("en-rep-tunis", "Signatories of the Tunis Agenda for the Information Society recognized the need for enhanced cooperation on international public policy issues pertaining to the Internet.", "paragraph", None, None, [], ["WSIS-SUMMIT"]),
    ("en-rep-hrc", "In its resolution A/HRC/RES/47/16, the Human Rights Council affirmed that the same rights that people have offline must also be protected online.", "paragraph", None, None, ["C10"], ["HRC"]),
    ("en-rep-unesco-gc", "The UNESCO General Conference adopted at its forty-first session the Recommendation on Open Science, which Member States are now reporting on.", "paragraph", None, None, ["C7.8"], ["UNESCO-GC"]),
    ("en-rep-pp", "In Resolution 140 (Rev. Bucharest, 2022), the Plenipotentiary Conference instructed the ITU Secretary-General to take part in the overall review of WSIS.", "paragraph", None, None, [], ["ITU-PP"]),
    ("en-rep-council", "Pursuant to Resolution 1332 (modified 2024), the ITU Council considered the annual report on ITU's contribution to the implementation of the WSIS outcomes.", "paragraph", None, None, [], ["ITU-COUNCIL"]),
    ("en-rep-cwg", "The Council Working Group on WSIS and the SDGs (CWG-WSIS&SDG) asked the secretariat to update the ITU roadmaps for the action lines it facilitates.", "paragraph", None, None, [], ["CWG-WSIS"]),
    ("en-rep-sg-roadmap", "At the request of the Secretary-General, the Office of the Envoy on Technology coordinated the system-wide follow-up of the roadmap for digital cooperation.", "paragraph", None, None, ["C1"], ["SG"]),

    # Context: a heading naming the action line decides a paragraph that only implies it
    ("en-ctx-c2", "The project installed solar-powered towers in 300 villages and trained local technicians to maintain them.", "paragraph", None, "b) Information and communication infrastructure (C2)", ["C2"], []),
    ("en-ctx-c9", "Three new community radio stations began broadcasting programmes in local languages.", "paragraph", None, "Media", ["C9", "C8"], []),
    ("en-ctx-c74", "A national programme now lets patients book appointments and receive test results on their phones.", "paragraph", None, "E-health", ["C7.4"], []),
    ("en-ctx-c77", "Cooperatives received tablets preloaded with advisory content on seeds and irrigation.", "paragraph", None, "E-agriculture", ["C7.7"], []),
    ("en-ctx-c5", "Fourteen national incident response teams took part in a regional drill organized with the support of ITU.", "paragraph", None, "e) Building confidence and security in the use of ICTs (C5)", ["C5"], []),
    ("en-ctx-c11", "Two memoranda of understanding were signed with neighbouring countries on shared fibre routes and roaming charges.", "paragraph", None, "k) International and regional cooperation (C11)", ["C11", "C2"], []),

    # Resolution style: preambular and operative paragraphs
    ("en-ga-pre-70-125", "Recalling its resolution 70/125 of 16 December 2015, entitled \"Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society\",", "preambular", "GA", None, [], ["GA"]),
    ("en-ga-pre-ecosoc", "Recalling also Economic and Social Council resolution 2024/13 of 23 July 2024 on the assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit,", "preambular", "GA", None, [], ["ECOSOC"]),
    ("en-ga-pre-geneva", "Reaffirming the Geneva Declaration of Principles and Plan of Action and the Tunis Commitment and Tunis Agenda for the Information Society,", "preambular", "GA", None, [], ["WSIS-SUMMIT"]),
    ("en-ga-pre-broadband", "Noting with concern that broadband access remains out of reach for almost a third of the world's population, especially in the least developed countries,", "preambular", "GA", None, ["C2"], []),
    ("en-ga-pre-skills", "Recognizing that digital skills and human capacity are needed for people to benefit from information and communications technologies,", "preambular", "GA", None, ["C4"], []),
    ("en-ga-pre-sg-report", "Taking note of the report of the Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels,", "preambular", "GA", None, [], []),
    ("en-ga-op-broadband", "Calls upon all stakeholders to give priority to innovative strategies that promote universal, affordable access to broadband infrastructure in developing countries;", "operative", "GA", None, ["C2"], ["GA"]),
    ("en-ga-op-report", "Requests the Secretary-General to submit to the General Assembly at its eighty-first session, through the Commission on Science and Technology for Development and the Economic and Social Council, a report on the implementation of the present resolution;", "operative", "GA", None, [], ["GA"]),
    ("en-ga-op-agenda", "Decides to include in the provisional agenda of its eighty-first session the item entitled \"Information and communications technologies for sustainable development\".", "operative", "GA", None, [], ["GA"]),
    ("en-ga-op-ecommerce", "Urges Member States to take full advantage of electronic commerce for development, including through the eTrade for All initiative;", "operative", "GA", None, ["C7.2"], ["GA"]),
    ("en-ga-op-gender", "Encourages all stakeholders to close the gender digital divide and to promote gender equality and the empowerment of women and girls online;", "operative", "GA", None, ["C10", "C3"], ["GA"]),
    ("en-ga-op-cyber", "Invites Member States to continue strengthening cybersecurity and to cooperate in preventing the criminal misuse of information and communications technologies;", "operative", "GA", None, ["C5"], ["GA"]),
    ("en-ga-op-languages", "Stresses the importance of multilingualism and local content on the Internet, and invites UNESCO to continue its work on indigenous languages;", "operative", "GA", None, ["C8"], ["GA"]),
    ("en-ga-op-igf", "Recognizes the importance of the Internet Governance Forum and its mandate as a forum for multi-stakeholder dialogue on various matters;", "operative", "GA", None, [], ["GA", "IGF"]),
    ("en-ga-op-wsis-forum", "Welcomes the annual WSIS Forum, organized jointly by ITU, UNESCO, UNCTAD and UNDP, and encourages all stakeholders to take part in it;", "operative", "GA", None, [], ["GA"]),
    ("en-ecosoc-op-cstd", "Requests the Commission on Science and Technology for Development to collect inputs from Member States, all facilitators and other stakeholders, and to report at its twenty-ninth session;", "operative", "ECOSOC", None, [], ["ECOSOC"]),
    ("en-ecosoc-op-health", "Commends the work of the World Health Organization on digital health, in particular its support to countries building national health information systems;", "operative", "ECOSOC", None, ["C7.4"], ["ECOSOC"]),
    ("en-ecosoc-op-environment", "Notes that ICTs can contribute to early warning, climate change mitigation and adaptation, and calls upon all stakeholders to reduce the environmental impact of electronic waste;", "operative", "ECOSOC", None, ["C7.6"], ["ECOSOC"]),
    ("en-ecosoc-op-skills", "Encourages United Nations entities to strengthen capacity-building programmes on digital skills, especially for women and young people, by 2027;", "operative", "ECOSOC", None, ["C4"], ["ECOSOC"]),
    ("en-ecosoc-op-ga-req", "Recalls that the General Assembly, in its resolution 70/125, requested the Commission to continue to assist the Council in the follow-up to the Summit;", "operative", "ECOSOC", None, [], ["ECOSOC", "GA"]),
    ("en-ecosoc-op-egov", "Encourages Governments to develop e-government services that are accessible to all, including persons with disabilities;", "operative", "ECOSOC", None, ["C7.1", "C3"], ["ECOSOC"]),
    ("en-ecosoc-op-science", "Invites the scientific community to share research data openly and calls for stronger research networks linking universities in developing countries;", "operative", "ECOSOC", None, ["C7.8"], ["ECOSOC"]),
    ("en-ecosoc-op-work", "Notes the work of the International Labour Organization on the future of work and on the conditions of platform workers;", "operative", "ECOSOC", None, ["C7.5"], ["ECOSOC"]),
    ("en-ecosoc-op-media", "Stresses that media freedom and the safety of journalists are essential for an open information society;", "operative", "ECOSOC", None, ["C9"], ["ECOSOC"]),
    ("en-ecosoc-op-education", "Calls upon Member States to connect every school to the Internet and to support teachers in using online learning tools;", "operative", "ECOSOC", None, ["C7.3"], ["ECOSOC"]),
    ("en-ecosoc-op-agri", "Welcomes the efforts of FAO to promote digital agriculture and to improve food security through e-agriculture strategies;", "operative", "ECOSOC", None, ["C7.7"], ["ECOSOC"]),
    ("en-ecosoc-op-regulation", "Urges Governments to establish enabling legal and regulatory frameworks that attract investment in ICT networks and services;", "operative", "ECOSOC", None, ["C6", "C2"], ["ECOSOC"]),
    ("en-ecosoc-op-coop", "Calls for stronger international and regional cooperation, including South-South and triangular cooperation, to bridge digital divides;", "operative", "ECOSOC", None, ["C11"], ["ECOSOC"]),
    ("en-ecosoc-op-thanks", "Expresses its appreciation to the Secretary-General of UNCTAD for the timely preparation of the report;", "operative", "ECOSOC", None, [], ["ECOSOC"]),
    ("en-council-op-resolve", "Instructs the Secretary-General to submit to the Council at its 2026 session a report on ITU's contribution to the WSIS+20 review, in accordance with Resolution 1334 (modified 2023);", "operative", "ITU-COUNCIL", None, [], ["ITU-COUNCIL"]),
    ("en-council-op-cwg", "Resolves that the Council Working Group on WSIS and the SDGs shall continue its work under the terms of reference in the Annex;", "operative", "ITU-COUNCIL", None, [], ["ITU-COUNCIL", "CWG-WSIS"]),
    ("en-council-op-roadmaps", "Invites Member States and Sector Members to contribute to the updating of ITU's roadmaps for action lines C2, C4, C5 and C6;", "operative", "ITU-COUNCIL", None, ["C2", "C4", "C5", "C6"], ["ITU-COUNCIL"]),
    ("en-pp-pre", "Recalling Resolution 200 (Rev. Bucharest, 2022) of the Plenipotentiary Conference on the Connect 2030 Agenda for global telecommunication development, including broadband,", "preambular", "ITU-COUNCIL", None, ["C2"], ["ITU-PP"]),
    ("en-hrc-pre", "Noting Human Rights Council resolution 53/29 on new and emerging digital technologies and human rights,", "preambular", "GA", None, ["C10"], ["HRC"]),
    ("en-unesco-gc-op", "Welcomes the adoption by the General Conference of UNESCO of the Recommendation on the Ethics of Artificial Intelligence;", "operative", "ECOSOC", None, ["C10"], ["ECOSOC", "UNESCO-GC"]),
    ("en-sg-req", "As the Secretary-General requested in his roadmap, entities designated a focal point for digital capacity development in each country team.", "paragraph", None, None, ["C4"], ["SG"]),
    ("en-proc-session", "The meeting was held on 16 and 17 December 2025 at United Nations Headquarters in New York.", "paragraph", None, None, [], []),
    ("en-proc-budget", "Financial implications: within the budget allocated for 2024-2025.", "paragraph", None, None, [], []),
    ("en-proc-agenda", "Item 19 (b) of the provisional agenda: science and technology for development.", "paragraph", None, None, [], []),
]


def main():
    with open("tests/eval/hand-labelled-en.jsonl", "w", encoding="utf-8") as out:
        for id_, text, kind, body, section, lines, bodies in ITEMS:
            item = {"id": id_, "text": text, "lang": "en"}
            if kind:
                item["kind"] = kind
            if body:
                item["documentBody"] = body
            if section:
                item["section"] = section
            item["actionLines"] = lines
            item["requestingBodies"] = bodies
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} items")


if __name__ == "__main__":
    main()
