// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The referral models behind the graph's side panel and the contact editor: "Who opened doors"
// and one contact's connections. Each is checked by QAbstractItemModelTester, and each store
// change must send exactly the signals for the rows it touched.
#include "ContactLinksModel.h"
#include "ContactStore.h"
#include "GraphPaths.h"
#include "ReachModel.h"
#include "ReferralGraph.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rapport;

namespace {

// Every structural signal a model can send, counted.
struct ModelSpies {
    explicit ModelSpies(QAbstractItemModel* model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    { }

    void clear()
    {
        for (QSignalSpy* spy : {&inserted, &removed, &moved, &changed, &reset})
            spy->clear();
    }
    // "inserted removed moved changed reset", for one QCOMPARE that shows them all.
    QString counts() const
    {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(inserted.size())
            .arg(removed.size())
            .arg(moved.size())
            .arg(changed.size())
            .arg(reset.size());
    }

    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
    QSignalSpy reset;
};

GraphNode person(qint64 id, const QString& name)
{
    GraphNode node;
    node.id = id;
    node.name = name;
    return node;
}

Referral link(qint64 from, qint64 to, LinkKind kind = LinkKind::Referral)
{
    Referral l;
    l.referrerId = from;
    l.referredId = to;
    l.kind = kind;
    return l;
}

QStringList texts(const QAbstractItemModel& model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines.append(model.index(row, 0).data().toString());
    return lines;
}

} // namespace

class TestGraphModels : public QObject
{
    Q_OBJECT

private slots:
    void reachListsTheWidestDoorsFirstAndRenamesOneRow()
    {
        // Me → 1 → 2 → 3, 1 → 4, Me → 5 → 6.
        ReferralGraph graph;
        for (qint64 id = 1; id <= 6; ++id)
            graph.addNode(person(id, QStringLiteral("Person %1").arg(id)));
        for (const auto& [from, to] : QList<std::pair<qint64, qint64>> {{0, 1}, {1, 2}, {2, 3}, {1, 4}, {0, 5}, {5, 6}})
            graph.addLink(link(from, to));
        const QHash<qint64, Reach> reach = GraphPaths::reach(graph);

        ReachModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ModelSpies spies(&model);
        model.setReach(graph, reach);
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 0 1"));
        QCOMPARE(model.rowCount(), int(reach.size()));
        QCOMPARE(model.columnCount(), int(ReachModel::ColumnCount));
        // Person 1 opened the most doors: 2 directly (2 and 4), 3 in all.
        QCOMPARE(model.index(0, ReachModel::Person).data().toString(), QStringLiteral("Person 1"));
        QCOMPARE(model.index(0, ReachModel::Direct).data().toInt(), reach.value(1).direct);
        QCOMPARE(model.index(0, ReachModel::Total).data().toInt(), reach.value(1).total);
        QCOMPARE(model.index(0, ReachModel::Person).data(ReachModel::ContactIdRole).toLongLong(), 1);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, ReachModel::Total).data().toInt()
                >= model.index(row, ReachModel::Total).data().toInt());
        }
        QCOMPARE(model.headerData(ReachModel::Total, Qt::Horizontal).toString(), QStringLiteral("In all"));
        QVERIFY(!model.headerData(ReachModel::Direct, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        spies.clear();
        const int row = model.rowOf(5);
        QVERIFY(row >= 0);
        model.renameContact(5, QStringLiteral("Quinn"));
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 1 0"));
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), model.index(row, ReachModel::Person));
        QCOMPARE(spies.changed.first().at(1).toModelIndex(), model.index(row, ReachModel::Person));
        QCOMPARE(model.index(row, ReachModel::Person).data().toString(), QStringLiteral("Quinn"));
        model.renameContact(5, QStringLiteral("Quinn")); // the same name: nothing to tell
        model.renameContact(3, QStringLiteral("Nobody")); // referred nobody: not listed
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 1 0"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void reachShowsOnlyTheTopOfAHugeNetwork()
    {
        ReferralGraph graph;
        QHash<qint64, Reach> reach;
        const int people = int(ReachModel::kShown) + 50;
        for (int id = 1; id <= people; ++id) {
            graph.addNode(person(id, QStringLiteral("P%1").arg(id)));
            reach.insert(id, {1, id}); // the higher the id, the wider
        }
        ReachModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setReach(graph, reach);
        QCOMPARE(model.rowCount(), int(ReachModel::kShown));
        QCOMPARE(model.index(0, ReachModel::Total).data().toInt(), people);
        QCOMPARE(
            model.index(model.rowCount() - 1, ReachModel::Total).data().toInt(), people - int(ReachModel::kShown) + 1);
    }

    void connectionsFollowTheStoresRowByRow()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        ReferralStore links(net.database);
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"));
        ana.id = contacts.addContact(ana);
        const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        const qint64 cleo = contacts.addContact(Test::sampleContact(QStringLiteral("Cleo"), QStringLiteral("Park")));
        const qint64 dan = contacts.addContact(Test::sampleContact(QStringLiteral("Dan"), QStringLiteral("Moss")));

        ContactLinksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setReadFailureText([](const QString& problem) { return QStringLiteral("unread: ") + problem; });
        model.setStores(&contacts, &links);
        QCOMPARE(model.rowCount(), 0); // no contact yet
        model.setContact(ben);
        QCOMPARE(texts(model), QStringList {QStringLiteral("No referrals or acquaintances recorded")});
        QVERIFY(!model.linkAt(0));
        ModelSpies spies(&model);

        // The first link takes the place of the line that said there were none.
        const qint64 benToCleo = links.add(link(ben, cleo));
        QCOMPARE(spies.counts(), QStringLiteral("1 1 0 0 0"));
        QCOMPARE(texts(model), QStringList {QStringLiteral("Referred you to Cleo Park")});
        QCOMPARE(model.linkAt(0)->id, benToCleo);

        // A referrer goes first: one row inserted at the top.
        spies.clear();
        const qint64 anaToBen = links.add(link(ana.id, ben));
        QCOMPARE(spies.counts(), QStringLiteral("1 0 0 0 0"));
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        spies.clear();
        const qint64 benKnowsDan = links.add(link(ben, dan, LinkKind::Knows));
        QCOMPARE(spies.counts(), QStringLiteral("1 0 0 0 0"));
        QCOMPARE(spies.inserted.first().at(1).toInt(), 2);
        QCOMPARE(texts(model),
            (QStringList {QStringLiteral("Referred by Ana Lopez"), QStringLiteral("Referred you to Cleo Park"),
                QStringLiteral("Knows Dan Moss")}));
        QCOMPARE(model.data(model.index(2), ContactLinksModel::LinkIdRole).toLongLong(), benKnowsDan);

        // Renaming the referrer changes her row only.
        spies.clear();
        ana.firstName = QStringLiteral("Anabel");
        QVERIFY(contacts.updateContact(ana));
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 1 0"));
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), model.index(0));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Referred by Anabel Lopez"));

        // A note on one link changes that row.
        spies.clear();
        Referral noted = *links.link(benToCleo);
        noted.note = QStringLiteral("met at the symposium");
        QVERIFY(links.update(noted));
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 1 0"));
        QCOMPARE(spies.changed.first().at(0).toModelIndex(), model.index(1));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Referred you to Cleo Park · met at the symposium"));

        // A referral turned into "knows" moves down among the acquaintances (oldest first).
        spies.clear();
        Referral rekinded = *links.link(anaToBen);
        rekinded.kind = LinkKind::Knows;
        QVERIFY(links.update(rekinded));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.reset.size(), 0);
        QCOMPARE(texts(model),
            (QStringList {QStringLiteral("Referred you to Cleo Park · met at the symposium"),
                QStringLiteral("Knows Anabel Lopez"), QStringLiteral("Knows Dan Moss")}));

        // A link removed takes its row with it.
        spies.clear();
        QVERIFY(links.remove(benKnowsDan));
        QCOMPARE(spies.counts(), QStringLiteral("0 1 0 0 0"));
        QCOMPARE(model.rowCount(), 2);
        // Nothing that touches this contact's lines: no signal at all.
        spies.clear();
        contacts.notifyContactChanged(dan);
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 0 0"));

        // Another contact: a reset.
        model.setContact(cleo);
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(texts(model), QStringList {QStringLiteral("Referred by Ben Wu · met at the symposium")});
        model.setStores(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphModels)
#include "tst_graphmodels.moc"
