// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: it is data, the demo network's people, links and meetings.
#include "DemoData.h"

// The demo story: a mechanobiology postdoc in Boston ("Me") exploring industry, science policy and
// science writing through informational interviews. All people and most organisations are fictional;
// e-mail addresses use the reserved .example domain and phone numbers the fictional 555-01xx ranges.

namespace Rapport::DemoData {

namespace {

// Field order: first, last, organization, title, location, email, phone, linkedin slug,
// stage, strength, tags, referredBy, knows, connectedDaysAgo, notes.
constexpr Person kPeople[] = {
    // 0 Eleanor Maybrey
    {"Eleanor", "Maybrey", "Whitfield University", "Professor of Cell Biology", "Cambridge, MA",
        "eleanor.maybrey@whitfield.example", "+1 617 555 0142", "", "keep_warm", 5, "mentor,academia", -1, -1, 1500,
        "My PhD advisor and still my first call for honest career advice. Half of Boston's translational "
        "biology world passed through her lab."},
    // 1 Aisha Bello
    {"Aisha", "Bello", "Longwood Institute, Office of Postdoctoral Affairs", "Career Development Advisor", "Boston, MA",
        "abello@longwood-institute.example", "+1 617 555 0106", "aisha-bello", "keep_warm", 4, "mentor,academia", -1,
        -1, 420,
        "Runs the postdoc career workshops. She told me to do informational interviews before deciding anything, "
        "and keeps a list of alumni who like to help."},
    // 2 Tomás Herrera
    {"Tomás", "Herrera", "Halcyon Bio", "Senior Scientist, Cell Therapy", "Cambridge, MA",
        "tomas.herrera@halcyonbio.example", "+1 617 555 0188", "tomas-herrera-bio", "keep_warm", 4,
        "industry,biotech,alumni", -1, -1, 1320,
        "Overlapped with me in the Maybrey lab, then left for Halcyon. Brutally honest about start-up life; "
        "ask about his trail races."},
    // 3 Ingrid Sørensen
    {"Ingrid", "Sørensen", "Office of Science Policy Analysis", "Science Policy Fellow", "Washington, DC",
        "ingrid.sorensen@ospa.example", "", "ingrid-sorensen", "keep_warm", 3, "policy,government,conference", -1, -1,
        210,
        "Met at the science policy lunch at the cell biology meeting. Former yeast geneticist from Aarhus; "
        "her fellowship year ends in August."},
    // 4 Chloé Marchand
    {"Chloé", "Marchand", "", "Freelance Science Journalist", "Montréal, QC", "chloe@chloemarchand.example",
        "+1 514 555 0127", "chloe-marchand-writes", "met", 3, "writing,journalism,conference", -1, -1, 160,
        "Met at the science communication workshop in Montréal. Writes in French and English and is generous "
        "with pitch feedback."},
    // 5 Rajesh Iyer
    {"Rajesh", "Iyer", "Cobalt Genomics", "Senior Data Scientist", "Boston, MA", "rajesh.iyer@cobaltgenomics.example",
        "+1 617 555 0124", "rajesh-iyer-ds", "keep_warm", 4, "data-science,industry,alumni", -1, -1, 980,
        "Alumnus of the institute's bioinformatics core. Taught himself Python as a postdoc and now hosts a "
        "monthly coding club for postdocs."},
    // 6 Hannah Whitcombe
    {"Hannah", "Whitcombe", "Northeast Biomedical Research Foundation", "Program Officer", "Boston, MA",
        "hwhitcombe@nbrf.example", "", "", "met", 3, "funding,policy", -1, -1, 300,
        "Ran the grant-writing workshop I attended and stayed after to talk about her job. Prefers introducing "
        "people by e-mail."},
    // 7 Kwame Asante
    {"Kwame", "Asante", "Aurelian Oncology", "Medical Science Liaison", "New York, NY",
        "kwame.asante@aurelian-onc.example", "", "kwame-asante-phd", "met", 3, "industry,msl,conference", -1, -1, 190,
        "Stopped by my poster at the cancer biology conference and asked sharper questions than most reviewers."},
    // 8 Mei-Ling Zhou
    {"Mei-Ling", "Zhou", "Longwood Institute", "Senior Science Writer, Communications Office", "Boston, MA",
        "meiling.zhou@longwood-institute.example", "+1 617 555 0139", "mei-ling-zhou", "keep_warm", 4, "writing,comms",
        -1, -1, 600, "Wrote the press release on our 2023 paper. Warm, fast, and knows every science writer in town."},
    // 9 Julien Dubois
    {"Julien", "Dubois", "Northbridge Life Sciences Advisors", "Senior Consultant", "Boston, MA", "", "+1 857 555 0119",
        "julien-dubois", "met", 2, "consulting,conference", -1, -1, 150,
        "Spoke on the biotech careers panel; left structural biology for consulting. Prefers texts to e-mail."},
    // 10 Priya Raman
    {"Priya", "Raman", "Center for Research & Innovation Policy", "Senior Analyst", "Washington, DC",
        "praman@crip-policy.example", "+1 202 555 0153", "priya-raman-phd", "keep_warm", 4, "policy,think-tank,alumni",
        -1, -1, 1100,
        "Did her PhD two floors below me, moved to DC through a policy fellowship and never looked back."},
    // 11 Lan Nguyễn
    {"Lan", "Nguyễn", "Harborview Science Museum", "Education Programs Manager", "Boston, MA",
        "lan.nguyen@harborview-science.example", "", "lan-nguyen-museum", "met", 3, "outreach,comms", -1, -1, 95,
        "Ran the museum's Meet a Scientist weekend where I volunteered at the microscope table. Always looking "
        "for postdocs to run demos."},
    // 12 Samir Haddad
    {"Samir", "Haddad", "Meridian Therapeutics", "Associate Director, Translational Biology", "Cambridge, MA",
        "samir.haddad@meridiantx.example", "+1 617 555 0173", "samir-haddad", "following_up", 3, "industry,pharma", 0,
        -1, 42, "Dr. Maybrey's former postdoc. Generous with his time; prefers short e-mails with one clear question."},
    // 13 Anjali Mehta
    {"Anjali", "Mehta", "Halcyon Bio", "Scientist II, Process Development", "Cambridge, MA",
        "anjali.mehta@halcyonbio.example", "", "anjali-mehta", "met", 2, "industry,biotech", 2, -1, 205,
        "Tomás's colleague. Came in through a six-month contract role, which she recommends as a low-risk way "
        "to try industry."},
    // 14 Grace Oyelaran
    {"Grace", "Oyelaran", "Stratum Biologics", "Associate, Regulatory Affairs", "Waltham, MA",
        "grace.oyelaran@stratumbio.example", "", "grace-oyelaran", "reached_out", 1, "industry,biotech,alumni", 1, -1,
        34,
        "Alumna of the postdoc program. Aisha thinks regulatory affairs could suit my love of careful "
        "documentation."},
    // 15 Sofía Castillo
    {"Sofía", "Castillo", "House Committee on Science", "Professional Staff Member", "Washington, DC", "", "", "",
        "met", 3, "policy,government", 3, -1, 135,
        "Ingrid's fellowship classmate, a former neuroscience postdoc. Swamped around markups; e-mail works "
        "better than calls."},
    // 16 Ethan Brooks
    {"Ethan", "Brooks", "Verity Biopharma", "Associate Director, Medical Affairs", "Philadelphia, PA",
        "ethan.brooks@veritybio.example", "+1 215 555 0148", "ethan-brooks-phd", "scheduled", 1,
        "industry,pharma,alumni", 1, -1, 26,
        "Postdoc-program alumnus Aisha introduced me to. Ask how medical affairs and the MSL team work together."},
    // 17 Zoë Whitaker
    {"Zoë", "Whitaker", "Beacon Science Journal", "News Editor", "New York, NY", "zoe.whitaker@beaconscience.example",
        "", "zoe-whitaker", "met", 3, "writing,journalism", 4, -1, 112,
        "Chloé's editor at Beacon. Commissions about twenty news pieces a week and reads every pitch herself."},
    // 18 Hiroshi Tanaka
    {"Hiroshi", "Tanaka", "Castellan Strategy Partners", "Engagement Manager", "New York, NY", "", "",
        "hiroshi-tanaka-cs", "met", 2, "consulting", 9, -1, 140,
        "Julien's friend from a case-interview prep group; did an immunology PhD before consulting."},
    // 19 Elena Petrova
    {"Elena", "Petrova", "Cobalt Genomics", "Data Science Manager", "Boston, MA",
        "elena.petrova@cobaltgenomics.example", "", "elena-petrova-ml", "met", 3, "data-science,industry", 5, -1, 162,
        "Rajesh's manager. Hires biologists who can code rather than coders who know a little biology."},
    // 20 Léa Fontaine
    {"Léa", "Fontaine", "Meridian Therapeutics", "Medical Science Liaison, Northeast", "Remote",
        "lea.fontaine@meridiantx.example", "+1 646 555 0131", "lea-fontaine-msl", "following_up", 3,
        "industry,msl,pharma", 12, -1, 17,
        "Samir's colleague in medical affairs, on the road three days a week. Best reached early in the morning."},
    // 21 Ravi Chandrasekaran
    {"Ravi", "Chandrasekaran", "Meridian Therapeutics", "Director, Computational Biology", "Cambridge, MA",
        "ravi.chandrasekaran@meridiantx.example", "", "ravi-chandrasekaran", "reached_out", 1, "data-science,pharma",
        12, 19, 17,
        "Samir says Ravi's group needs people who understand both the assays and the data. Sent a note; no reply "
        "yet."},
    // 22 Fatima Al-Sayed
    {"Fatima", "Al-Sayed", "Aurelian Oncology", "Senior Medical Science Liaison", "Boston, MA",
        "fatima.alsayed@aurelian-onc.example", "+1 617 555 0157", "fatima-alsayed", "reached_out", 2, "industry,msl", 7,
        -1, 140,
        "Kwame's mentor when he started as an MSL; covers New England. Had to cancel our first call, so we are "
        "rescheduling."},
    // 23 Owen Gallagher
    {"Owen", "Gallagher", "Whitfield University News Office", "Research Communications Manager", "Cambridge, MA",
        "ogallagher@whitfield.example", "", "owen-gallagher", "met", 3, "writing,comms", 8, -1, 176,
        "Mei-Ling's counterpart at Whitfield; leads four writers and a video producer. Big fan of plain-language "
        "summaries."},
    // 24 Sunita Krishnan
    {"Sunita", "Krishnan", "National Biomedical Research Agency", "Program Director, Cell Biology Branch",
        "Bethesda, MD", "sunita.krishnan@nbra.example", "+1 301 555 0162", "", "scheduled", 1, "funding,government", 6,
        -1, 35,
        "Hannah's former colleague; manages a portfolio of about eighty grants. Call booked through her "
        "assistant."},
    // 25 Marcus Bell
    {"Marcus", "Bell", "Center for Research & Innovation Policy", "Research Fellow, Biosecurity", "Washington, DC",
        "mbell@crip-policy.example", "", "marcus-bell-policy", "met", 2, "policy,think-tank", 10, -1, 150,
        "Priya's colleague; writes the center's reports on lab biosafety rules. Former virology postdoc."},
    // 26 Kofi Mensah
    {"Kofi", "Mensah", "Harborview Science Museum", "Exhibit Developer, Life Sciences", "Boston, MA", "", "", "",
        "reached_out", 1, "outreach", 11, -1, 80, ""},
    // 27 Daniel Kowalczyk
    {"Daniel", "Kowalczyk", "Alliance for Biomedical Research", "Director of Public Policy", "Washington, DC",
        "dkowalczyk@abr-alliance.example", "+1 202 555 0164", "daniel-kowalczyk", "following_up", 3, "policy", 15, -1,
        58,
        "Sofía's former boss on the Hill; now leads advocacy for a coalition of research universities. Offered "
        "to read a memo draft."},
    // 28 Wen Li
    {"Wen", "Li", "Quillon Labs", "Associate Director, Scientific Operations", "Worcester, MA", "", "", "",
        "to_contact", 0, "industry,biotech", 13, -1, 190,
        "Anjali says contract research organisations let you see many projects quickly. Haven't written yet."},
    // 29 José Alvarado
    {"José", "Alvarado", "The Harbor Ledger", "Science & Health Reporter", "Boston, MA",
        "jose.alvarado@harborledger.example", "", "jose-alvarado-news", "met", 3, "writing,journalism", 17, -1, 66,
        "Zoë's former intern, now covering biotech for the city paper. Asked for my mechanobiology preprint."},
    // 30 Freya Lindgren
    {"Freya", "Lindgren", "Halcyon Bio", "Director, Business Development", "Cambridge, MA",
        "freya.lindgren@halcyonbio.example", "", "freya-lindgren", "met", 2, "industry,biotech,consulting", 18, 2, 80,
        "Ex-Castellan consultant, now doing partnering deals at Halcyon. Works with Tomás on the cell-therapy "
        "programme."},
    // 31 Matteo Bianchi
    {"Matteo", "Bianchi", "Parallax Bio", "Senior Machine Learning Scientist", "Remote", "", "", "matteo-bianchi-ml",
        "reached_out", 1, "data-science", 19, -1, 120,
        "Elena's former postdoc-mate; works on single-cell models. Said he'd have time after his team's launch."},
    // 32 Oluwaseun Adeyemi
    {"Oluwaseun", "Adeyemi", "Verity Biopharma", "MSL Team Lead, Immunology", "Philadelphia, PA",
        "oluwaseun.adeyemi@veritybio.example", "+1 215 555 0107", "oluwaseun-adeyemi", "scheduled", 1,
        "industry,msl,pharma", 20, 16, 10,
        "Léa's former manager. Trains new MSLs and values people who can teach more than prior field "
        "experience."},
    // 33 Rodrigo Pérez
    {"Rodrigo", "Pérez", "Aurelian Oncology", "Regional Director, Medical Affairs", "Miami, FL", "", "", "",
        "to_contact", 0, "msl,pharma", 7, -1, 138,
        "Kwame offered an intro whenever I'm ready; save it until I've decided about the MSL path."},
    // 34 Łukasz Wiśniewski
    {"Łukasz", "Wiśniewski", "Council on Science & Technology Futures", "Policy Analyst", "Washington, DC",
        "lwisniewski@cstf.example", "", "lukasz-wisniewski", "scheduled", 1, "policy,think-tank", 27, -1, 30,
        "Daniel's former intern; writes about research security and international collaboration. Grew up in "
        "Kraków."},
    // 35 Amara Nwosu
    {"Amara", "Nwosu", "Lab Notes (podcast)", "Host & Producer", "Remote", "amara@labnotes.example", "", "amara-nwosu",
        "reached_out", 1, "writing,comms", 29, -1, 35,
        "José's collaborator; produces an audio show about scientists' side paths. Listen to two episodes "
        "before we talk."},
    // 36 Emeka Obi
    {"Emeka", "Obi", "Lantern Bio Ventures", "Associate", "Boston, MA", "", "", "emeka-obi-vc", "to_contact", 0,
        "industry,funding", 30, -1, 50,
        "Freya says venture associates do a lot of scientific due diligence. Lower priority for now."},
    // 37 Teodora Ionescu
    {"Teodora", "Ionescu", "Clearwater Medical Communications", "Senior Medical Writer", "Remote",
        "teodora.ionescu@clearwater-mc.example", "+1 267 555 0182", "teodora-ionescu", "following_up", 3,
        "writing,pharma", 23, -1, 100,
        "Left a neuroscience postdoc for medical writing; Owen's former colleague. From Cluj, loves hiking."},
    // 38 Astrid Johansson
    {"Astrid", "Johansson", "Nordlys Regulatory Writing", "Principal Regulatory Writer", "London, UK",
        "astrid@nordlys-rw.example", "+44 20 7946 0381", "astrid-johansson", "scheduled", 1, "writing,pharma", 37, -1,
        18,
        "Teodora's favourite writer to work with: clinical study reports and submissions. Five hours ahead of "
        "Boston."},
    // 39 Nadia Rahman
    {"Nadia", "Rahman", "Gilmore Family Foundation", "Senior Program Officer, Science", "New York, NY",
        "nrahman@gilmorefdn.example", "", "nadia-rahman", "reached_out", 2, "funding", 6, -1, 22,
        "Hannah's friend from a philanthropy network; funds early-career scientists. Hannah cc'd me on the intro."},
    // 40 Kateryna Shevchenko
    {"Kateryna", "Shevchenko", "Institute for Science & Society Studies", "Study Director", "Washington, DC",
        "kshevchenko@isss.example", "", "kateryna-shevchenko", "met", 2, "policy,think-tank", 25, -1, 74,
        "Marcus's recommendation. Runs expert consensus studies; did her PhD in Kyiv and a postdoc in Toronto."},
    // 41 Sarah Goldberg
    {"Sarah", "Goldberg", "Halcyon Bio", "Vice President, Research", "Cambridge, MA", "", "", "", "not_pursuing", 1,
        "industry,biotech", 2, -1, 60,
        "Tomás arranged an intro, but board season swallowed her calendar and she kindly declined for now. "
        "Leave it until summer."},
    // 42 Rafael Souza
    {"Rafael", "Souza", "Brightwater Rare Disease Foundation", "Scientific Program Manager", "Boston, MA",
        "rsouza@brightwater.example", "", "rafael-souza", "reached_out", 1, "funding,alumni", 1, -1, 40,
        "Alumnus of Aisha's program; runs a patient foundation's grant portfolio. Replied warmly and suggested "
        "next month."},
    // 43 Margaux Lefèvre
    {"Margaux", "Lefèvre", "Beacon Science Journal", "Features Editor", "London, UK",
        "margaux.lefevre@beaconscience.example", "", "margaux-lefevre", "to_contact", 0, "writing,journalism", 17, -1,
        66, "Zoë's colleague on the features desk. Wait until I have a long-form clip to show her."},
    // 44 Siobhán Murphy
    {"Siobhán", "Murphy", "Longwood Institute, Research Development", "Senior Grant Writer", "Boston, MA",
        "smurphy@longwood-institute.example", "", "siobhan-murphy", "reached_out", 2, "writing,academia", 8, 1, 176,
        "Mei-Ling's colleague down the hall; writes large center grants with faculty. Said yes to coffee once "
        "the next deadline passes."},
    // 45 Jamal Carter
    {"Jamal", "Carter", "U.S. Senate", "Legislative Aide, Health & Science", "Washington, DC", "", "", "",
        "not_pursuing", 0, "policy,government", 15, -1, 58,
        "Sofía forwarded my note; no reply during appropriations season. Since I've ruled out Hill work, letting "
        "it rest."},
    // 46 Carmen Ruiz
    {"Carmen", "Ruiz", "Office of Science Policy Analysis", "Senior Policy Advisor", "Washington, DC",
        "carmen.ruiz@ospa.example", "", "carmen-ruiz-ospa", "reached_out", 2, "policy,government", 3, 24, 30,
        "Ingrid's supervisor at the policy office. Happy to talk once fellowship interviews wrap up."},
    // 47 Tobias Becker
    {"Tobias", "Becker", "Helix & Harbor Analytics", "Lead Bioinformatician", "Remote", "", "", "tobias-becker",
        "to_contact", 1, "data-science", 5, -1, 160,
        "Came up through Rajesh's core; builds pipelines for clinical genomics. Lives in Berlin, works Boston "
        "hours."},
    // 48 Thabo Mokoena
    {"Thabo", "Mokoena", "Embassy of South Africa", "Counsellor for Science & Technology", "Washington, DC", "", "", "",
        "to_contact", 0, "policy,government", 40, -1, 24,
        "Kateryna says science diplomacy is a small, friendly world and Thabo is its best host."},
    // 49 Isabela Santos
    {"Isabela", "Santos", "Riverside Science Festival", "Program Director", "Cambridge, MA", "", "", "isabela-santos",
        "reached_out", 1, "outreach,conference", 11, -1, 85,
        "Lan's recommendation. Programs two hundred events over festival week and recruits scientist volunteers."},
    // 50 Giulia Romano
    {"Giulia", "Romano", "Clearwater Medical Communications", "Associate Scientific Director", "New York, NY", "", "",
        "giulia-romano", "to_contact", 0, "writing,pharma", 37, -1, 18, ""},
    // 51 Alistair Whitmore
    {"Alistair", "Whitmore", "Castellan Strategy Partners", "Partner", "New York, NY", "", "", "alistair-whitmore",
        "not_pursuing", 0, "consulting", 18, -1, 82,
        "Hiroshi offered an intro to his partner. After ruling out consulting I thanked him and held off."},
    // 52 Yuki Nakamura
    {"Yuki", "Nakamura", "Meridian Therapeutics", "Senior Scientist, Discovery Biology", "Cambridge, MA",
        "yuki.nakamura@meridiantx.example", "", "yuki-nakamura", "scheduled", 2, "industry,pharma", 12, 2, 17,
        "On Samir's wider team, in a bench-heavy discovery role; did her postdoc in Kyoto. Knows Tomás from a "
        "running club."},
    // 53 Olivia Grant
    {"Olivia", "Grant", "Alliance for Biomedical Research", "Government Relations Associate", "Washington, DC", "", "",
        "", "to_contact", 0, "policy", 27, -1, 30,
        "Daniel's newest hire, two years out of a chemistry PhD; good for the \"first year in DC\" view."},
    // 54 Mariam Yusuf
    {"Mariam", "Yusuf", "Coalition for Rare Disease Research", "Director of Research Programs", "Remote",
        "mariam.yusuf@crdr.example", "", "mariam-yusuf", "to_contact", 0, "funding", 6, -1, 20,
        "Hannah mentioned her as someone who moved from academia to running a patient foundation's research "
        "programs."},
    // 55 Aroha Parata
    {"Aroha", "Parata", "Science Outreach Network", "Community Programs Coordinator", "Remote",
        "aroha@scioutreach.example", "", "aroha-parata", "reached_out", 1, "outreach", 11, -1, 60,
        "Lan's former colleague, now coordinating outreach volunteers nationally. Splits her year between "
        "Wellington and Boston."},
    // 56 Sebastián Rojas
    {"Sebastián", "Rojas", "Stratum Biologics", "Scientist, Analytical Development", "Waltham, MA", "", "",
        "sebastian-rojas", "to_contact", 0, "industry,biotech", 13, 14, 188,
        "Anjali's friend from her contract-role days; works with Grace at Stratum."},
    // 57 Ji-woo Park
    {"Ji-woo", "Park", "Verity Biopharma", "Scientist, Health Economics & Outcomes Research", "Philadelphia, PA", "",
        "", "jiwoo-park", "reached_out", 1, "industry,pharma", 7, -1, 140,
        "Kwame's suggestion for a medical-affairs role with less travel. Wrote once; try again after her "
        "conference season."},
    // 58 Élodie Gagnon
    {"Élodie", "Gagnon", "Découvertes Magazine", "Deputy Editor", "Montréal, QC", "elodie.gagnon@decouvertes.example",
        "", "elodie-gagnon", "to_contact", 0, "writing,journalism", 4, -1, 112,
        "Chloé's editor for French-language pieces. Bilingual outlets welcome pitches from scientists."},
    // 59 Dmitri Volkov
    {"Dmitri", "Volkov", "Whitfield University News Office", "Video Producer", "Cambridge, MA",
        "dvolkov@whitfield.example", "", "", "to_contact", 0, "comms,outreach", 23, -1, 100,
        "Owen's video producer; makes the two-minute lab explainers."},
    // 60 Hana Kobayashi
    {"Hana", "Kobayashi", "Continental Wire Service", "Health Reporter", "New York, NY", "", "", "hana-kobayashi",
        "not_pursuing", 1, "journalism", 29, -1, 35,
        "José's suggestion for the wire-service view. Daily news isn't for me, so I thanked José and let it go."},
    // 61 Mohammed Al-Farsi
    {"Mohammed", "Al-Farsi", "Meridian Therapeutics", "Clinical Scientist", "Boston, MA", "", "", "mohammed-alfarsi",
        "to_contact", 1, "industry,pharma", -2, 12, 400,
        "Connected after a translational medicine webinar; works with Samir's team on biomarker studies."},
    // 62 Anneliese Vogel
    {"Anneliese", "Vogel", "European Centre for Research Policy", "Senior Policy Officer", "Brussels, BE", "", "",
        "anneliese-vogel", "to_contact", 0, "policy,think-tank", -2, 10, 700,
        "Knows Priya from a transatlantic policy forum. Worth a call if I ever look at European science policy."},
    // 63 Camille Fortier
    {"Camille", "Fortier", "Lumière Therapeutics", "Medical Writer", "Toronto, ON", "", "", "camille-fortier",
        "to_contact", 0, "writing,pharma", -2, -1, 230,
        "Former Longwood postdoc; posts useful threads about medical-writing editing tests."},
    // 64 Jae-min Choi
    {"Jae-min", "Choi", "Sable Analytics", "Data Scientist", "South San Francisco, CA", "", "", "jaemin-choi",
        "to_contact", 0, "data-science", -2, 31, 0, ""},
    // 65 Rachel Abernathy
    {"Rachel", "Abernathy", "The Bench Note", "Newsletter Editor", "Remote", "rachel@benchnote.example", "",
        "rachel-abernathy", "reached_out", 1, "writing,comms", -2, -1, 60,
        "Replied to her newsletter; she invites short essays from postdocs. Pitch the one about negative results."},
    // 66 Vikram Desai
    {"Vikram", "Desai", "Tessellate Bio", "Senior Director, Translational Medicine", "South San Francisco, CA",
        "vikram.desai@tessellatebio.example", "", "vikram-desai", "reached_out", 1, "industry,biotech,conference", -2,
        -1, 180,
        "Gave the best talk at the translational medicine meeting. Sent him a question about biomarker strategy "
        "and got a short, kind reply."},
    // 67 Ximena Torres
    {"Ximena", "Torres", "Pan-American Health Research Council", "Science Officer", "Washington, DC", "", "",
        "ximena-torres", "to_contact", 0, "policy,government", -2, -1, 520,
        "Works on global health research funding across the Americas."},
    // 68 Niamh O'Connor
    {"Niamh", "O'Connor", "Beacon Science Journal", "Audience Editor", "London, UK", "", "", "niamh-oconnor",
        "to_contact", 0, "comms,journalism", -2, 17, 300, "Zoë's colleague in London; runs Beacon's social channels."},
    // 69 Gustavo Almeida
    {"Gustavo", "Almeida", "Atlas Strategy Group", "Associate", "Boston, MA", "gustavo.almeida@atlasstrategy.example",
        "+1 617 555 0195", "gustavo-almeida", "to_contact", 0, "consulting,alumni", -2, -1, 260,
        "Former treasurer of the postdoc association, now in consulting. Low priority since I ruled consulting "
        "out."},
    // 70 Imani Jackson
    {"Imani", "Jackson", "Museum of Natural Inquiry", "Science Communication Fellow", "New York, NY", "", "",
        "imani-jackson-scicomm", "to_contact", 0, "outreach,comms", -2, -1, 0,
        "Makes great one-minute videos on cell biology."},
    // 71 Maximilian Graf
    {"Maximilian", "Graf", "Kestrel Bio Ventures", "Principal", "London, UK", "", "", "maximilian-graf-vc",
        "to_contact", 0, "industry,funding", -2, -1, 0, ""},
};

// Field order: person, kind, dayOffset, hour, minute, durationMinutes, status, place, notes,
// reflection, takeaway. Sorted by date.
constexpr Meeting kMeetings[] = {
    // 0 Tomás Herrera
    {2, MeetingKind::InformationalInterview, -214, 12, 30, 30, MeetingStatus::Held, "Kendall Perk Café, Cambridge, MA",
        "Tomás runs a small team testing CAR-T variants; his days are split between the lab, data review and "
        "cross-functional meetings with process development. He said the jump from postdoc was less about skills "
        "than speed: decisions get made with 70% of the data.\n\n"
        "**Key advice:** learn to present a result in three slides, with the decision you need up front.\n\n"
        "- Start-ups reward generalists, but can pivot or shrink overnight\n"
        "- Suggested I talk to Anjali Mehta in process development\n\n"
        "I'm not sure I want the risk of a company before it has a product in the clinic.",
        Reflection::Unsure, "Industry pace appeals; early-stage start-up risk does not."},
    // 1 Anjali Mehta
    {13, MeetingKind::InformationalInterview, -196, 15, 0, 25, MeetingStatus::Held, "Halcyon Bio, Cambridge, MA",
        "Anjali scales up cell-culture processes so a therapy can be made reliably: design-of-experiments, "
        "careful documentation and tech transfer to manufacturing. She left a stem-cell postdoc through a "
        "six-month contract role. Statistics, meticulous records and staying calm when a batch fails matter "
        "most.\n\n"
        "- [x] Asked what a typical week looks like\n"
        "- [x] Asked how she chose process development over discovery\n"
        "- [ ] Maybe contact Wen Li (CROs) and Sebastián Rojas (analytical development)\n\n"
        "I respect the work, but I'd miss asking open questions. Process development is not for me.",
        Reflection::NotForMe, "Process development is rigorous but too far from open questions for me."},
    // 2 Mei-Ling Zhou
    {8, MeetingKind::InformationalInterview, -182, 11, 0, 30, MeetingStatus::Held,
        "Longwood Institute Communications Office, Boston, MA",
        "Mei-Ling turns papers into press releases, web stories and the occasional video script, about three "
        "pieces a week, each checked with the scientists for accuracy. She came from a microbiology PhD and "
        "built a portfolio by writing for the institute blog on weekends. The hardest adjustment was writing for "
        "readers who stop after the second paragraph.\n\n"
        "**Key advice:** publish five short pieces first; clips beat credentials.\n\n"
        "She suggested Owen Gallagher at Whitfield's news office and Siobhán Murphy, our grant writer.",
        Reflection::DrawnToIt, "Start a clip portfolio now: the institute blog takes postdoc pieces."},
    // 3 Rajesh Iyer
    {5, MeetingKind::InformationalInterview, -168, 17, 30, 30, MeetingStatus::Held,
        "https://meet.example.org/rjx-iyer-cbt",
        "Rajesh builds analysis pipelines for clinical sequencing data and spends much of his day in code review "
        "and meetings with lab scientists who need answers. He moved over by taking on all the analysis in his "
        "postdoc lab and sharing his code openly, which he says impressed people more than his papers. Python, "
        "SQL and solid statistics matter more than machine-learning buzzwords.\n\n"
        "- About a year of serious practice to become competitive\n"
        "- Suggested Elena Petrova (his manager) and Tobias Becker\n\n"
        "I like the questions, but I'm not sure I want coding to be the whole job.",
        Reflection::Unsure, "Data skills multiply every path; take the statistics course anyway."},
    // 4 Priya Raman
    {10, MeetingKind::InformationalInterview, -155, 12, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/prm-crip-tnk",
        "Priya writes analyses of research funding and regulation for a think tank: a typical month is one long "
        "report, two or three blog posts and briefings for congressional staff. She got to DC through a one-year "
        "science policy fellowship and says its network did most of the work. What matters is writing fast, "
        "staying non-partisan in tone and knowing how a bill actually moves.\n\n"
        "**Key advice:** write a two-page policy memo on something I know well, as a writing sample.\n\n"
        "She suggested her colleague Marcus Bell, who covers biosecurity.",
        Reflection::DrawnToIt, "Policy uses both my science and my writing; draft a sample memo."},
    // 5 Julien Dubois
    {9, MeetingKind::Event, -150, 17, 0, 60, MeetingStatus::Held,
        "Longwood Institute, Biotech Careers Panel, Boston, MA",
        "Julien spoke on the biotech careers panel about leaving structural biology for life-sciences "
        "consulting. Afterwards he explained that projects last six to ten weeks: market sizing, competitive "
        "landscapes and due diligence for investors, in small teams under a partner. Case interviews are a "
        "skill you practise, not a talent.\n\n"
        "- Suggested his friend Hiroshi Tanaka for a more senior view\n"
        "- Travel is lighter than before, the hours are not",
        Reflection::Unsure, "Consulting means learning fast across many companies; ask someone about the hours."},
    // 6 Kwame Asante
    {7, MeetingKind::InformationalInterview, -147, 8, 30, 30, MeetingStatus::Held,
        "https://meet.example.org/kwa-msl-onc",
        "Kwame is a medical science liaison in oncology: he meets hospital physicians in his territory, discusses "
        "published data and open trials, and brings their questions back to the medical team. He stressed that "
        "MSLs do not sell; the role sits in medical affairs and credibility is everything. He moved straight from "
        "a postdoc after giving a journal-club style presentation in his interviews.\n\n"
        "**Key advice:** practise explaining a complex paper to a busy clinician in five minutes.\n\n"
        "- Around 40% travel, lots of driving\n"
        "- Suggested Fatima Al-Sayed and Ji-woo Park; Rodrigo Pérez later",
        Reflection::DrawnToIt, "MSL work fits my love of teaching science; check how much travel I can live with."},
    // 7 Ingrid Sørensen
    {3, MeetingKind::InformationalInterview, -141, 13, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/ing-ospa-pol",
        "Ingrid is a year into a science policy fellowship at a government science office, where she drafts "
        "briefing memos, tracks legislation and sits in on interagency meetings. She applied in the last year of "
        "her yeast postdoc; the application is mostly a policy essay plus references who can speak to "
        "communication skills. The biggest shift: nobody reads past the first paragraph of a memo.\n\n"
        "- [x] Asked how fellows choose their placements\n"
        "- [x] Asked what she would do differently\n\n"
        "**Key advice:** join the local science policy group and write for its newsletter. She suggested Sofía "
        "Castillo, a fellowship classmate now on committee staff.",
        Reflection::DrawnToIt, "A fellowship is the on-ramp to policy; look at this year's cycle."},
    // 8 Elena Petrova
    {19, MeetingKind::InformationalInterview, -128, 10, 0, 25, MeetingStatus::Held, "Cobalt Genomics, Boston, MA",
        "Elena manages eight data scientists and spends most of her time prioritising requests, reviewing "
        "analyses and growing her team. She prefers biologists who can code because they ask the right questions "
        "of the data. The team works in two-week sprints, a rhythm closer to software than to a lab.\n\n"
        "**Key advice:** put one clean, documented analysis project online.\n\n"
        "She suggested Matteo Bianchi for the machine-learning side. Honestly, tickets and sprint planning all "
        "day are not for me; I'd rather use data than build pipelines.",
        Reflection::NotForMe, "Data science as a full-time job isn't for me, but data skills still are."},
    // 9 Chloé Marchand
    {4, MeetingKind::InformationalInterview, -119, 14, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/chl-frl-mtl",
        "Chloé freelances for magazines in French and English: about four features a month, each with a pitch, "
        "reporting, interviews and two rounds of edits. She left her plant-biology postdoc after a "
        "science-writing fellowship and says income was thin for the first two years. Pitching well is the real "
        "skill: a pitch is a story, not a topic.\n\n"
        "- Keep a running list of story ideas from conferences\n"
        "- Invoicing and chasing payments take a day a month\n"
        "- Suggested Zoë Whitaker (her editor at Beacon) and Élodie Gagnon\n\n"
        "I love the writing; the freelance income swings worry me.",
        Reflection::Unsure, "Writing: yes. Freelancing without a safety net: not yet."},
    // 10 Owen Gallagher
    {23, MeetingKind::InformationalInterview, -106, 11, 30, 30, MeetingStatus::Held,
        "Whitfield University News Office, Cambridge, MA",
        "Owen manages research communications for the whole university: he assigns and edits stories, "
        "coordinates embargoed releases with journals and handles the occasional media storm. He came from a "
        "chemistry PhD through a press-office internship and says the job is half writing, half relationships "
        "with faculty and reporters.\n\n"
        "**Key advice:** learn how embargoes work and pitch one story to the institute blog this month.\n\n"
        "He suggested Teodora Ionescu (medical writing) and Dmitri Volkov (video).",
        Reflection::DrawnToIt, "Institutional communications offers writing with stability: a strong option."},
    // 11 Hiroshi Tanaka
    {18, MeetingKind::InformationalInterview, -87, 8, 0, 25, MeetingStatus::Held,
        "https://meet.example.org/hir-cst-nyc",
        "Hiroshi leads consulting teams on pharma strategy: weekly client meetings, a constant stream of slide "
        "decks and a lot of coaching of junior consultants. He did an immunology PhD and joined through an "
        "associate programme for PhDs. He was candid that 60-hour weeks are normal in busy periods.\n\n"
        "- Learns a new therapeutic area every few months\n"
        "- Common exits: biotech strategy and business development\n"
        "- Suggested Freya Lindgren (ex-consultant, now in BD) and his partner Alistair Whitmore\n\n"
        "The 60-hour weeks in consulting are not for me.",
        Reflection::NotForMe, "Consulting is ruled out; business development at a biotech is still worth a look."},
    // 12 Marcus Bell
    {25, MeetingKind::InformationalInterview, -79, 16, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/mbl-bio-sec",
        "Marcus writes the think tank's reports on biosafety and biosecurity rules, which means interviewing lab "
        "directors, reading regulations and turning both into recommendations lawmakers can use. He came from a "
        "virology postdoc and says his bench safety experience is what made his work credible. Deadlines follow "
        "the news cycle, which can be chaotic.\n\n"
        "**Key advice:** pick one policy niche and become the person who can explain it.\n\n"
        "He suggested Kateryna Shevchenko, who runs expert studies.",
        Reflection::Unsure, "Think tanks are interesting, but their funding depends on grants and donors."},
    // 13 Zoë Whitaker
    {17, MeetingKind::InformationalInterview, -71, 9, 30, 20, MeetingStatus::Held,
        "https://meet.example.org/zoe-bsj-news",
        "Zoë edits the news section of Beacon Science Journal: a morning pitch meeting, editing three to five "
        "stories a day and fact-checking with reporters into the evening. Scientists make good reporters, she "
        "said, if they can let go of nuance readers don't need. Most news writers start with freelance pieces or "
        "an internship.\n\n"
        "- [x] Asked what makes a pitch stand out\n"
        "- [x] Asked about the features side\n\n"
        "**Key advice:** pitch one short news story from the next conference I attend. She suggested José "
        "Alvarado and Margaux Lefèvre on the features desk.",
        Reflection::Unsure, "Journalism needs clips; features may suit me better than daily news."},
    // 14 Sofía Castillo
    {15, MeetingKind::InformationalInterview, -62, 18, 0, 25, MeetingStatus::Held, "Phone",
        "Sofía advises a committee on research and technology legislation: she drafts hearing questions, meets "
        "advocacy groups and writes briefing memos overnight when a bill moves. She left a neuroscience postdoc "
        "through the same fellowship as Ingrid. She loves the impact, but the hours follow the legislative "
        "calendar and the partisanship is draining.\n\n"
        "**Key advice:** agencies and think tanks are calmer entry points than the Hill.\n\n"
        "She suggested Daniel Kowalczyk (her former boss, now in advocacy) and Jamal Carter. Hill staff work is "
        "not for me, but the agency side still is.",
        Reflection::NotForMe, "Congressional staff: no. Agency or advocacy policy work: yes."},
    // 15 Freya Lindgren
    {30, MeetingKind::Call, -53, 12, 30, 30, MeetingStatus::Held, "Phone",
        "Freya does business development at Halcyon Bio: she scouts partnership opportunities, evaluates other "
        "companies' science and negotiates term sheets with legal. She moved over after three years of "
        "consulting; it was a good school, she said, but she wouldn't go back. Scientific judgment plus comfort "
        "with spreadsheets is the combination that matters.\n\n"
        "- Suggested Emeka Obi at a life-science venture fund\n"
        "- BD roles usually expect a few years of industry first",
        Reflection::Unsure, "Business development is interesting later on, not as a first step from a postdoc."},
    // 16 Eleanor Maybrey
    {0, MeetingKind::Coffee, -45, 10, 0, 45, MeetingStatus::Held, "Café Aurelia, Harvard Square, Cambridge, MA",
        "Catch-up coffee with Dr. Maybrey. I shared my shortlist (MSL, policy fellowships, science writing) and "
        "she pushed me to talk to more people in pharma before narrowing down. She suggested Samir Haddad, her "
        "former postdoc at Meridian Therapeutics, and sent the intro e-mail that afternoon.\n\n"
        "**Key advice:** \"Decide which problems you want to work on, then find the job title.\"",
        Reflection::DrawnToIt, "Talk to Samir; choose by problems, not titles."},
    // 17 José Alvarado
    {29, MeetingKind::Coffee, -39, 8, 30, 40, MeetingStatus::Held, "Harbor Bean Café, South End, Boston, MA",
        "José covers biotech and health for the city paper: two or three stories a week, a lot of phone calls "
        "and a deadline every afternoon. He went from a chemistry master's to a newsroom internship and says the "
        "speed was the shock. The craft is finding the human story inside the data.\n\n"
        "- Suggested Amara Nwosu (podcasting) and Hana Kobayashi (wire service)\n"
        "- Local news pays less than most people assume\n\n"
        "Daily deadlines every afternoon are not for me; I'd choose longer pieces.",
        Reflection::NotForMe, "Daily news is out; long-form and institutional writing stay in."},
    // 18 Daniel Kowalczyk
    {27, MeetingKind::InformationalInterview, -33, 14, 30, 30, MeetingStatus::Held,
        "https://meet.example.org/dkw-abr-pol",
        "Daniel runs public policy for a coalition of research universities: he builds positions with members, "
        "meets agency and congressional staff, and writes comment letters on proposed rules. He went from a "
        "cancer-biology postdoc to the Hill and then to advocacy. The best policy people, he said, translate in "
        "both directions: science to lawmakers and politics to scientists.\n\n"
        "**Key advice:** read an agency's request for comment and draft a practice response.\n\n"
        "- [x] Asked about a typical week\n"
        "- [x] Asked which skills matter most on his team\n\n"
        "He suggested Łukasz Wiśniewski and Olivia Grant.",
        Reflection::DrawnToIt, "Advocacy sits at the crossroads I like; draft a practice comment letter."},
    // 19 Sarah Goldberg
    {41, MeetingKind::InformationalInterview, -30, 16, 0, 20, MeetingStatus::Cancelled, "Halcyon Bio, Cambridge, MA",
        "Cancelled by her office during board season; we agreed to leave it until summer.", Reflection::None, ""},
    // 20 Kateryna Shevchenko
    {40, MeetingKind::VideoCall, -27, 11, 0, 30, MeetingStatus::Held, "https://meet.example.org/kat-iss-std",
        "Kateryna directs expert studies: she recruits committees of scientists, runs their meetings and "
        "shepherds a consensus report through review, twelve to eighteen months per study. She did her PhD in "
        "Kyiv and a postdoc in Toronto before moving to DC. Project management and diplomacy matter more than "
        "subject expertise.\n\n"
        "**Key advice:** volunteer to organise a symposium; it is the same skill set.\n\n"
        "She suggested Thabo Mokoena, a science counsellor at an embassy, for the science-diplomacy angle.",
        Reflection::DrawnToIt, "Convening experts could be my sweet spot; volunteer for the department symposium."},
    // 21 Teodora Ionescu
    {37, MeetingKind::InformationalInterview, -20, 13, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/teo-cmc-mw",
        "Teodora writes manuscripts, congress posters and slide decks for pharma clients at a medical "
        "communications agency, usually juggling three or four projects under strict compliance review. She "
        "left a neuroscience postdoc after passing an editing test and says the test matters more than the CV. "
        "The work is remote-friendly and the deadlines are predictable.\n\n"
        "- Learn the reporting guidelines for clinical publications\n"
        "- Regulatory writing is a related path with even more structure\n"
        "- Suggested Astrid Johansson (regulatory) and Giulia Romano\n\n"
        "This is the first role where I could picture my whole week.",
        Reflection::DrawnToIt, "Medical writing fits: science, writing and predictable hours."},
    // 22 Samir Haddad
    {12, MeetingKind::InformationalInterview, -19, 16, 0, 30, MeetingStatus::Held,
        "Meridian Therapeutics, Kendall Square, Cambridge, MA",
        "Samir's team connects discovery biology to the clinic: they choose biomarkers, design translational "
        "studies and help clinical teams decide which patients should get a drug. He left Dr. Maybrey's lab for "
        "a scientist role and moved up by volunteering for cross-functional projects. Pharma rewards people who "
        "communicate clearly across functions, he said, more than the best bench scientist.\n\n"
        "**Key advice:** learn how a clinical trial is designed; read three protocols on a public trial "
        "registry.\n\n"
        "- [x] Asked how translational roles differ from discovery\n"
        "- [x] Asked what he wishes he'd known as a postdoc\n\n"
        "He suggested Léa Fontaine (MSL), Ravi Chandrasekaran and Yuki Nakamura.",
        Reflection::DrawnToIt, "Translational science joins the lab and the clinic; read trial protocols."},
    // 23 Samir Haddad
    {12, MeetingKind::ThankYou, -18, 9, 0, 20, MeetingStatus::Held, "E-mail",
        "Sent a short thank-you within 24 hours, mentioning his point about reading trial protocols. He replied "
        "the same evening with introductions to Léa, Ravi and Yuki.",
        Reflection::DrawnToIt, "A specific thank-you gets a reply."},
    // 24 Léa Fontaine
    {20, MeetingKind::InformationalInterview, -11, 8, 0, 30, MeetingStatus::Held,
        "https://meet.example.org/lea-mtx-msl",
        "Léa covers the Northeast as an MSL: conference booths, one-on-one scientific exchanges with physicians "
        "and internal training for the field team. She moved from an immunology postdoc after teaching a course "
        "and says that teaching experience is what convinced her interviewers. The role is remote with travel two "
        "or three days a week, which she loves and some colleagues hate.\n\n"
        "**Key advice:** write a one-page summary of a recent trial as if briefing a physician.\n\n"
        "She suggested Oluwaseun Adeyemi, her former manager, who trains new MSLs.",
        Reflection::DrawnToIt, "MSL fits; test myself with a one-page trial summary."},
    // 25 Fatima Al-Sayed
    {22, MeetingKind::InformationalInterview, -6, 12, 0, 30, MeetingStatus::Cancelled,
        "https://meet.example.org/fat-aur-msl",
        "Fatima had to cover an advisory board at short notice and offered two new dates.", Reflection::None, ""},
    // 26 Yuki Nakamura
    {52, MeetingKind::Coffee, 2, 10, 0, 30, MeetingStatus::Planned, "Café Aurelia, Kendall Square, Cambridge, MA",
        "Prep: skim her organoid screening paper; ask how discovery teams choose targets.", Reflection::None, ""},
    // 27 Ethan Brooks
    {16, MeetingKind::InformationalInterview, 3, 13, 30, 30, MeetingStatus::Planned,
        "https://meet.example.org/eth-vty-med", "Prep: how do medical affairs and the MSL team split the work?",
        Reflection::None, ""},
    // 28 Oluwaseun Adeyemi
    {32, MeetingKind::VideoCall, 6, 12, 0, 30, MeetingStatus::Planned, "https://meet.example.org/olu-vty-msl",
        "Bring the one-page trial summary Léa suggested.", Reflection::None, ""},
    // 29 Sunita Krishnan
    {24, MeetingKind::Call, 9, 15, 0, 25, MeetingStatus::Planned, "Phone", "", Reflection::None, ""},
    // 30 Łukasz Wiśniewski
    {34, MeetingKind::InformationalInterview, 12, 11, 0, 30, MeetingStatus::Planned,
        "https://meet.example.org/luk-cst-pol", "Prep: read his piece on research security.", Reflection::None, ""},
    // 31 Astrid Johansson
    {38, MeetingKind::InformationalInterview, 16, 9, 0, 30, MeetingStatus::Planned,
        "https://meet.example.org/ast-nrw-reg", "", Reflection::None, ""},
};

// Field order: person, meeting, dueDayOffset, text, done, kind.
constexpr FollowUp kFollowUps[] = {
    {18, 11, -86, "Send Hiroshi a thank-you note", true, FollowUpKind::ThankYou},
    {25, 12, -78, "Thank Marcus and read the biosafety report he mentioned", true, FollowUpKind::ThankYou},
    {29, 17, -38, "Thank José and send him the preprint he asked about", true, FollowUpKind::ThankYou},
    {40, 20, -26, "Thank-you note to Kateryna; mention the symposium idea", true, FollowUpKind::ThankYou},
    {37, 21, -19, "Thank-you note to Teodora", true, FollowUpKind::ThankYou},
    {12, 22, -18, "Send Samir a thank-you within 24 hours", true, FollowUpKind::ThankYou},
    {20, 24, -10, "Thank-you note to Léa (mention the territory map she showed me)", true, FollowUpKind::ThankYou},
    {27, 18, -3, "Send Daniel my one-page practice memo; he offered feedback", false},
    {12, 22, -2, "Tell Dr. Maybrey I met Samir, and thank her for the intro", false, FollowUpKind::TellReferrer},
    {8, -1, -1, "Congratulate Mei-Ling on her science-writing award", false},
    {37, 21, 0, "Send Teodora the article on plain-language summaries she mentioned", false},
    {38, 31, 0, "Confirm the time of our call with Astrid (London is five hours ahead)", false},
    {52, 26, 1, "Confirm coffee with Yuki", false},
    {16, 27, 2, "Read Verity's medical affairs pages before talking to Ethan", false},
    {22, 25, 2, "Propose two new times to Fatima", false},
    {32, 28, 4, "Draft the one-page trial summary Léa suggested, to bring to Oluwaseun", false},
    {21, -1, 5, "Gentle nudge to Ravi if no reply: one line, mention Samir", false},
    {58, -1, 7, "Ask Élodie how she likes pitches from scientists (Chloé's suggestion)", false},
    {10, -1, 12, "Check in with Priya and congratulate her on the report launch", false, FollowUpKind::CheckIn},
    {2, -1, 20, "Check in with Tomás after Halcyon's data readout", false, FollowUpKind::CheckIn},
    {3, -1, 30, "Ask Ingrid how the end of her fellowship year went", false, FollowUpKind::CheckIn},
    {1, -1, 45, "Update Aisha on what I've learned: leaning toward medical writing and MSL", false,
        FollowUpKind::CheckIn},
};

} // namespace

std::span<const Person> people()
{
    return kPeople;
}

std::span<const Meeting> meetings()
{
    return kMeetings;
}

std::span<const FollowUp> followUps()
{
    return kFollowUps;
}

} // namespace Rapport::DemoData
