// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The contact list's search lists the best matches first: the name typed in full, then names
// made of the typed words, then names containing the text, then the organisation, title,
// e-mails and tags, then notes; each group in the chosen sort order, which comes back whole
// when the search is cleared.
#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListing.h"
#include "ContactStore.h"
#include "SearchRanking.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {

enum Group { Exact, Words, Other, Notes };

} // namespace

class TestSearchRanking : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempNetwork> m_net;
    std::unique_ptr<ContactStore> m_store;
    std::unique_ptr<ContactListModel> m_list;
    std::unique_ptr<ContactFilterModel> m_filter;
    QHash<qint64, Group> m_groupOf; // the people the search for "Yuki Nakamura" must find, by group

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong());
        return ids;
    }

    qint64 add(Contact contact, std::optional<Group> group)
    {
        const qint64 id = m_store->addContact(contact);
        if (id && group)
            m_groupOf.insert(id, *group);
        return id;
    }

private slots:
    void init()
    {
        m_net = std::make_unique<Test::TempNetwork>();
        m_store = std::make_unique<ContactStore>(m_net->database);
        m_list = std::make_unique<ContactListModel>(m_store.get());
        m_filter = std::make_unique<ContactFilterModel>(m_store.get());
        m_filter->setSourceModel(m_list.get());
        new QAbstractItemModelTester(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal, m_filter.get());
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);
        m_groupOf.clear();

        // A generated network, with the person searched for, people whose name, organisation,
        // e-mail or tags hold the same words, and people whose notes mention her, all mixed in
        // with names that sort before and after hers.
        const QStringList given {QStringLiteral("Ada"), QStringLiteral("Samir"), QStringLiteral("Zoë"),
            QStringLiteral("Léa"), QStringLiteral("Owen"), QStringLiteral("Aisha"), QStringLiteral("Tomás")};
        const QStringList family {QStringLiteral("Haddad"), QStringLiteral("Fontaine"), QStringLiteral("Bell"),
            QStringLiteral("Zhou"), QStringLiteral("Alvarado")};
        QRandomGenerator random(16);
        for (int i = 0; i < 60; ++i) {
            Contact c = Test::sampleContact(given.at(random.bounded(given.size())),
                family.at(random.bounded(family.size())), QStringLiteral("Org %1").arg(i));
            std::optional<Group> group;
            switch (i % 6) {
            case 0: // notes only
                c.notes = QStringLiteral("Introduced me to Yuki Nakamura at the symposium.");
                group = Notes;
                break;
            case 1: // her e-mail at another contact's (an assistant): found outside the notes
                c.emails = {{QStringLiteral("work"), QStringLiteral("yuki.nakamura.office@example.org")}};
                group = Other;
                break;
            case 2: // organisation and title together
                c.organization = QStringLiteral("Nakamura Lab");
                c.title = QStringLiteral("Yuki's postdoc");
                group = Other;
                break;
            case 3: // tags
                c.tags = {QStringLiteral("yuki"), QStringLiteral("nakamura-lab")};
                group = Other;
                break;
            default: // not found at all
                break;
            }
            add(c, group);
        }
        add(Test::sampleContact(QStringLiteral("Yuki"), QStringLiteral("Nakamura"), QStringLiteral("Meridian")), Exact);
        add(Test::sampleContact(QStringLiteral("Yukiko"), QStringLiteral("Nakamura-Bell")), Words);
        add(Test::sampleContact(QStringLiteral("Nakamura"), QStringLiteral("Yuki")), Words); // the words, in any order
        Contact both = Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Yuki"));
        both.notes = QStringLiteral("Nakamura's cousin"); // one word in the name, the other in the notes
        add(both, Notes);
    }

    void cleanup()
    {
        m_filter.reset();
        m_list.reset();
        m_store.reset();
        m_net.reset();
    }

    void listsTheFullNameFirstThenByMatchQuality()
    {
        const QList<qint64> chosenOrder = shownIds(); // by name
        m_filter->setSearchText(QStringLiteral("Yuki Nakamura"));
        const QList<qint64> shown = shownIds();
        QCOMPARE(shown.size(), m_groupOf.size());
        // Expected: the groups in rank order, each in the order the list had without a search.
        QList<qint64> expected;
        for (const Group group : {Exact, Words, Other, Notes}) {
            for (const qint64 id : chosenOrder) {
                if (m_groupOf.contains(id) && m_groupOf.value(id) == group)
                    expected.append(id);
            }
        }
        QCOMPARE(shown, expected);
        QCOMPARE(m_store->contact(shown.first())->displayName(), QStringLiteral("Yuki Nakamura"));

        // Sorting another way keeps the ranking, with the new order inside each group.
        m_filter->sort(ContactListModel::Organization, Qt::DescendingOrder);
        const QList<qint64> resorted = shownIds();
        QCOMPARE(resorted.first(), shown.first());
        QCOMPARE(QSet<qint64>(resorted.cbegin(), resorted.cend()), QSet<qint64>(shown.cbegin(), shown.cend()));
        m_filter->sort(ContactListModel::Name, Qt::AscendingOrder);

        // Clearing the search brings the chosen order back.
        m_filter->setSearchText(QString());
        QCOMPARE(shownIds(), chosenOrder);
    }

    void rankingFollowsWhatIsTyped()
    {
        m_filter->setSearchText(QStringLiteral("yuki"));
        const QList<qint64> shown = shownIds();
        QVERIFY(!shown.isEmpty());
        // Four names have a word starting with "yuki": one group, in name order, before the rest.
        QCOMPARE(m_store->contact(shown.at(0))->displayName(), QStringLiteral("Ada Yuki"));
        QCOMPARE(m_store->contact(shown.at(1))->displayName(), QStringLiteral("Nakamura Yuki"));
        QCOMPARE(m_store->contact(shown.at(2))->displayName(), QStringLiteral("Yuki Nakamura"));
        QCOMPARE(m_store->contact(shown.at(3))->displayName(), QStringLiteral("Yukiko Nakamura-Bell"));
        m_filter->setSearchText(QStringLiteral("YÚKI nakamura")); // case and accents do not matter
        QCOMPARE(m_store->contact(shownIds().first())->displayName(), QStringLiteral("Yuki Nakamura"));
    }

    // `rapport list --search` lists the same contacts in the same order as the window's list
    // sorted by name.
    void theCommandLineListingRanksTheSameWay()
    {
        for (const QString& typed : {QStringLiteral("Yuki Nakamura"), QStringLiteral("yuki"),
                 QStringLiteral("YÚKI nakamura"), QStringLiteral("nakamura lab")}) {
            m_filter->setSearchText(typed);
            QList<qint64> listed;
            for (const ContactSummary& row : ContactListing::rows(*m_store, typed))
                listed.append(row.id);
            QVERIFY(m_store->readError().isEmpty());
            QVERIFY(!listed.isEmpty());
            QCOMPARE(listed, shownIds());
        }
        QCOMPARE(
            m_store->contact(ContactListing::rows(*m_store, QStringLiteral("Yuki Nakamura")).first().id)->displayName(),
            QStringLiteral("Yuki Nakamura"));
        // No search: everyone, by name.
        m_filter->setSearchText(QString());
        QList<qint64> everyone;
        for (const ContactSummary& row : ContactListing::rows(*m_store))
            everyone.append(row.id);
        QCOMPARE(everyone, shownIds());
    }

    void anEditDuringASearchMovesTheRowToItsRank()
    {
        m_filter->setSearchText(QStringLiteral("Yuki Nakamura"));
        const qint64 last = shownIds().last(); // a notes-only match
        QCOMPARE(m_groupOf.value(last), Notes);
        Contact renamed = *m_store->contact(last);
        renamed.firstName = QStringLiteral("Yuki");
        renamed.lastName = QStringLiteral("Nakamura");
        QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_filter.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_store->updateContact(renamed));
        // The same rows in a new order: announced as a layout change, not a reset.
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(shownIds().indexOf(last) < 2); // now one of the two exact matches
    }

    void foldsTheWayTheIndexReadsWords()
    {
        QCOMPARE(SearchRanking::fold(u"Zoë O'Brien-Łukasz  "), QStringLiteral("zoe o brien lukasz"));
        ContactSummary summary;
        summary.name = QStringLiteral("Zoë O'Brien");
        summary.organization = QStringLiteral("Beacon Science");
        const SearchRanking::RowKey key = SearchRanking::rowKey(summary);
        QCOMPARE(SearchRanking(QStringLiteral("zoe o'brien")).tierOf(key), SearchRanking::ExactName);
        QCOMPARE(SearchRanking(QStringLiteral("BRIEN")).tierOf(key), SearchRanking::NameWords);
        QCOMPARE(SearchRanking(QStringLiteral("rien")).tierOf(key), SearchRanking::NameContains);
        QCOMPARE(SearchRanking(QStringLiteral("zoe sci")).tierOf(key), SearchRanking::OtherFields);
        QCOMPARE(SearchRanking(QStringLiteral("ience")).tierOf(key), SearchRanking::Unknown);
    }

    // A name given on the command line (--to, --contact) or typed in Path To means the best
    // match by name alone; only a tie at the best rank is ambiguous.
    void aTypedNameMeansTheBestMatchByName()
    {
        const QStringList names {QStringLiteral("Ana Almeida"), QStringLiteral("Mei-Ling Zhou"),
            QStringLiteral("Meiko Sato"), QStringLiteral("Léa Fontaine"), QStringLiteral("Lea Fontaine-Roy"),
            QStringLiteral("Ben Wu")};
        const auto best = [&names](const QString& typed) {
            QStringList found;
            for (const qsizetype index : SearchRanking::bestNameMatches(typed, names))
                found.append(names.at(index));
            return found;
        };
        // "mei" is inside Almeida, but starts a word of Mei-Ling Zhou and of Meiko Sato: a tie of two.
        QCOMPARE(
            best(QStringLiteral("Mei")), (QStringList {QStringLiteral("Mei-Ling Zhou"), QStringLiteral("Meiko Sato")}));
        QCOMPARE(best(QStringLiteral("mei ling")), QStringList {QStringLiteral("Mei-Ling Zhou")});
        QCOMPARE(best(QStringLiteral("Zhou")), QStringList {QStringLiteral("Mei-Ling Zhou")});
        QCOMPARE(best(QStringLiteral("meida")), QStringList {QStringLiteral("Ana Almeida")}); // only inside a word
        // The whole name beats a longer name that starts with it; accents and case aside.
        QCOMPARE(best(QStringLiteral("lea fontaine")), QStringList {QStringLiteral("Léa Fontaine")});
        QCOMPARE(best(QStringLiteral("Fontaine")),
            (QStringList {QStringLiteral("Léa Fontaine"), QStringLiteral("Lea Fontaine-Roy")}));
        QVERIFY(best(QStringLiteral("Zebedee")).isEmpty());
        QVERIFY(best(QStringLiteral("  ")).isEmpty());
        QVERIFY(best(QStringLiteral("ana ling")).isEmpty()); // the words are in two different names
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
