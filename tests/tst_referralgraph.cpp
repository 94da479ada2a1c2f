// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The referral graph: loading, warm paths, reach, neighbourhoods, and the link store.
#include "ContactStore.h"
#include "GraphLayout.h"
#include "GraphPaths.h"
#include "GraphScope.h"
#include "ReferralGraph.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QSignalSpy>

using namespace Rapport;

namespace {

GraphNode person(
    qint64 id, const QString& name, const QString& organization = {}, int strength = 0, Stage stage = Stage::ToContact)
{
    GraphNode node;
    node.id = id;
    node.name = name;
    node.organization = organization;
    node.strength = strength;
    node.stage = stage;
    return node;
}

Referral referral(qint64 from, qint64 to)
{
    Referral link;
    link.referrerId = from;
    link.referredId = to;
    return link;
}

Referral knows(qint64 a, qint64 b, const QString& relation = {})
{
    Referral link = referral(a, b);
    link.kind = LinkKind::Knows;
    link.relation = relation;
    return link;
}

QList<qint64> chain(const WarmPath& path)
{
    return path.people();
}

} // namespace

class TestReferralGraph : public QObject
{
    Q_OBJECT

private slots:
    void layeredLayoutPutsMeAtTheTopOfItsColumn()
    {
        // Me refers eight people, the first three of them refer two each, and two know each other.
        LayoutRequest request;
        request.root = 0;
        for (qint64 id = 0; id <= 14; ++id)
            request.nodes.append({id, QSizeF(id ? 120 : 40, 30)});
        for (qint64 id = 1; id <= 8; ++id)
            request.edges.append({0, id, true});
        for (qint64 id = 9; id <= 14; ++id)
            request.edges.append({(id - 9) / 2 + 1, id, true});
        request.edges.append({4, 5, false});
        const LayoutResult result = GraphLayout::run(request);
        QVERIFY(result.error.isEmpty());

        const QPointF me = result.centres.value(0);
        qreal topChild = std::numeric_limits<qreal>::max();
        for (qint64 id = 1; id <= 8; ++id)
            topChild = qMin(topChild, result.centres.value(id).y());
        QCOMPARE(me.y(), topChild); // level with the first person, not halfway down
        const auto box = [&result](qint64 id) {
            const QSizeF size = result.sizes.value(id);
            return QRectF(result.centres.value(id) - QPointF(size.width(), size.height()) / 2, size);
        };
        for (qint64 id = 1; id <= 14; ++id)
            QVERIFY2(!box(0).intersects(box(id)), qPrintable(QString::number(id)));
        // Each of Me's links leaves Me's right side and ends on its person's left side, heading right.
        for (qint64 i = 0; i < 8; ++i) {
            const QPainterPath& path = result.edgePaths.at(i);
            const QRectF to = box(request.edges.at(i).to);
            QVERIFY(!path.isEmpty());
            QCOMPARE(path.pointAtPercent(0), QPointF(box(0).right(), me.y()));
            QCOMPARE(path.pointAtPercent(1), QPointF(to.left(), to.center().y()));
            QCOMPARE(path.angleAtPercent(1), 0.0);
            QVERIFY(path.boundingRect().left() >= box(0).right() - 0.01);
            QVERIFY(path.boundingRect().right() <= to.left() + 0.01);
        }

        // Me placed by hand stays where the user put it.
        request.pinned.insert(0, QPointF(-300, 900));
        QCOMPARE(GraphLayout::run(request).centres.value(0), QPointF(-300, 900));
        // Without a root, dot's own placement: Me in the middle of the column.
        request.pinned.clear();
        request.root.reset();
        QVERIFY(GraphLayout::run(request).centres.value(0).y() > topChild + 30);
    }

    void pathFollowsReferralsFromMe()
    {
        // Me → Ana → Ben → Cleo, and Dev is a plain contact with no referrer.
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("Ana")));
        graph.addNode(person(2, QStringLiteral("Ben")));
        graph.addNode(person(3, QStringLiteral("Cleo")));
        graph.addNode(person(4, QStringLiteral("Dev")));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(1, 2));
        graph.addLink(referral(2, 3));
        QCOMPARE(chain(GraphPaths::to(graph, 3)), (QList<qint64> {0, 1, 2, 3}));
        QCOMPARE(GraphPaths::chainText(graph, GraphPaths::to(graph, 3)), QStringLiteral("Me → Ana → Ben → Cleo"));
        QCOMPARE(chain(GraphPaths::to(graph, 4)), (QList<qint64> {0, 4}));
        QCOMPARE(GraphPaths::to(graph, 4).steps.first().linkIndex, -1);
        QVERIFY(GraphPaths::to(graph, 99).isEmpty());
    }

    void knowsLinksShortenTheChain()
    {
        // Me → Ana → Ben → Cleo → Dana, but Ana knows Dana: Me → Ana → Dana.
        ReferralGraph graph;
        for (int i = 1; i <= 4; ++i)
            graph.addNode(person(i, QStringLiteral("P%1").arg(i)));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(1, 2));
        graph.addLink(referral(2, 3));
        graph.addLink(referral(3, 4));
        graph.addLink(knows(4, 1, QStringLiteral("co-author")));
        const WarmPath path = GraphPaths::to(graph, 4);
        QCOMPARE(chain(path), (QList<qint64> {0, 1, 4}));
        QCOMPARE(
            GraphPaths::stepText(graph, path.steps.last()), QStringLiteral("P1 and P4 know each other (co-author)"));
        QCOMPARE(GraphPaths::stepText(graph, path.steps.first()), QStringLiteral("you reached P1 yourself"));
    }

    void cyclesEnd()
    {
        // A referred B and B referred A: nobody is reached from Me except through them.
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("A")));
        graph.addNode(person(2, QStringLiteral("B")));
        graph.addNode(person(3, QStringLiteral("C")));
        graph.addLink(referral(1, 2));
        graph.addLink(referral(2, 1));
        graph.addLink(referral(2, 3));
        graph.addLink(referral(3, 2));
        // Everyone has a referrer and Me referred nobody: there is no warm path, and no hang.
        QVERIFY(GraphPaths::to(graph, 3).isEmpty());
        const auto reach = GraphPaths::reach(graph);
        QCOMPARE(reach.value(1).direct, 1);
        QCOMPARE(reach.value(1).total, 2); // B, then C through B; A itself is not counted
        QCOMPARE(reach.value(2).total, 2);
        QCOMPARE(GraphPaths::neighbourhood(graph, 1, 10), (QSet<qint64> {1, 2, 3}));
    }

    void disconnectedPartsHaveNoPath()
    {
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("A")));
        graph.addNode(person(2, QStringLiteral("B")));
        graph.addNode(person(3, QStringLiteral("C")));
        graph.addNode(person(4, QStringLiteral("D")));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(3, 4)); // C referred D; C was referred by D: an island
        graph.addLink(referral(4, 3));
        QVERIFY(GraphPaths::to(graph, 4).isEmpty());
        QCOMPARE(chain(GraphPaths::to(graph, 2)), (QList<qint64> {0, 2})); // no referrer: a contact of Me
        QCOMPARE(GraphPaths::neighbourhood(graph, 1, 3), (QSet<qint64> {1}));
    }

    void tiesPreferStrongerThenNamedFirst()
    {
        // Two people at distance two: Zoe (strength 5) and Adam (strength 1) both know Target.
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("Zoe"), {}, 5));
        graph.addNode(person(2, QStringLiteral("Adam"), {}, 1));
        graph.addNode(person(3, QStringLiteral("Target")));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(0, 2));
        graph.addLink(referral(2, 3));
        graph.addLink(referral(1, 3));
        QCOMPARE(chain(GraphPaths::to(graph, 3)), (QList<qint64> {0, 1, 3}));

        // Equal strength: the name decides, so the answer never depends on load order.
        ReferralGraph even;
        even.addNode(person(7, QStringLiteral("Zoe")));
        even.addNode(person(8, QStringLiteral("Adam")));
        even.addNode(person(9, QStringLiteral("Target")));
        even.addLink(referral(0, 7));
        even.addLink(referral(0, 8));
        even.addLink(referral(7, 9));
        even.addLink(referral(8, 9));
        QCOMPARE(chain(GraphPaths::to(even, 9)), (QList<qint64> {0, 8, 9}));
    }

    void organisationTargets()
    {
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("Ana"), QStringLiteral("Lab")));
        graph.addNode(person(2, QStringLiteral("Ben"), QStringLiteral("Lab")));
        graph.addNode(person(3, QStringLiteral("Cleo"), QStringLiteral("Northwind Bio")));
        graph.addNode(person(4, QStringLiteral("Dev"), QStringLiteral("Northwind Bio")));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(1, 2));
        graph.addLink(referral(2, 3));
        graph.addLink(referral(1, 4));
        const WarmPath path = GraphPaths::toOrganization(graph, QStringLiteral("  northwind BIO "));
        QCOMPARE(chain(path), (QList<qint64> {0, 1, 4})); // Dev is closer than Cleo
        QVERIFY(GraphPaths::toOrganization(graph, QStringLiteral("Nowhere Inc")).isEmpty());
        QVERIFY(GraphPaths::toOrganization(graph, QString()).isEmpty());
    }

    // At an organisation, the person to ask is someone the user knows, not merely the nearest:
    // met before in touch before not yet contacted, then the stronger relationship, then the
    // shorter chain. And the reason is told.
    void organisationTargetsPreferPeopleTheUserKnows()
    {
        const QString org = QStringLiteral("Meridian");
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("Stranger"), org, 1, Stage::ToContact)); // a contact: one step
        graph.addNode(person(2, QStringLiteral("Mentor"), QStringLiteral("University"), 5, Stage::KeepWarm));
        graph.addNode(person(3, QStringLiteral("Samir"), org, 3, Stage::FollowingUp)); // two steps
        graph.addNode(person(4, QStringLiteral("Lea"), org, 3, Stage::Met)); // three steps
        graph.addNode(person(5, QStringLiteral("Ravi"), org, 4, Stage::ReachedOut)); // two steps, stronger
        graph.addLink(referral(0, 2));
        graph.addLink(referral(2, 3));
        graph.addLink(referral(3, 4));
        graph.addLink(referral(2, 5));
        graph.addLink(knows(1, 3));
        // Samir and Lea have both been met, with the same strength: the shorter chain wins.
        const WarmPath path = GraphPaths::toOrganization(graph, org);
        QCOMPARE(chain(path), (QList<qint64> {0, 2, 3}));
        QCOMPARE(GraphPaths::chainText(graph, path), GraphPaths::chainText(graph, GraphPaths::to(graph, 3)));
        QString why = GraphPaths::whyChosen(graph, path, org);
        QVERIFY2(why.startsWith(QStringLiteral("You have met Samir (")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("4 people at Meridian")), qPrintable(why));

        // A stronger relationship among people met wins over a shorter chain.
        graph.updateNode(person(4, QStringLiteral("Lea"), org, 4, Stage::Met));
        QCOMPARE(chain(GraphPaths::toOrganization(graph, org)), (QList<qint64> {0, 2, 3, 4}));

        // Nobody met there: someone in touch before the nearer stranger, whatever the strength.
        graph.updateNode(person(3, QStringLiteral("Samir"), org, 3, Stage::NotPursuing));
        graph.updateNode(person(4, QStringLiteral("Lea"), org, 5, Stage::ToContact));
        const WarmPath inTouch = GraphPaths::toOrganization(graph, org);
        QCOMPARE(chain(inTouch), (QList<qint64> {0, 2, 5}));
        why = GraphPaths::whyChosen(graph, inTouch, org);
        QVERIFY2(why.startsWith(QStringLiteral("You are in touch with Ravi but have not met yet")), qPrintable(why));

        // Only strangers: the stronger first, then the nearer; set-aside people come last.
        graph.updateNode(person(5, QStringLiteral("Ravi"), org, 1, Stage::ToContact));
        QCOMPARE(chain(GraphPaths::toOrganization(graph, org)).last(), 4); // strength 5
        graph.updateNode(person(4, QStringLiteral("Lea"), org, 1, Stage::ToContact));
        const WarmPath nearest = GraphPaths::toOrganization(graph, org);
        QCOMPARE(chain(nearest), (QList<qint64> {0, 1})); // equal strength: one step away
        why = GraphPaths::whyChosen(graph, nearest, org);
        QVERIFY2(why.startsWith(QStringLiteral("You have not spoken to Stranger yet")), qPrintable(why));

        // Alone there: said so.
        ReferralGraph lone;
        lone.addNode(person(1, QStringLiteral("Only"), org, 2, Stage::Met));
        lone.addLink(referral(0, 1));
        why = GraphPaths::whyChosen(lone, GraphPaths::toOrganization(lone, org), org);
        QVERIFY2(why.contains(QStringLiteral("Nobody else at Meridian")), qPrintable(why));
    }

    void reachCountsDirectAndTotal()
    {
        ReferralGraph graph;
        for (int i = 1; i <= 6; ++i)
            graph.addNode(person(i, QStringLiteral("P%1").arg(i)));
        graph.addLink(referral(0, 1));
        graph.addLink(referral(1, 2));
        graph.addLink(referral(1, 3));
        graph.addLink(referral(3, 4));
        graph.addLink(referral(3, 5));
        graph.addLink(referral(2, 5)); // two ways to 5: counted once
        graph.addLink(knows(1, 6)); // knowing is not referring
        const auto reach = GraphPaths::reach(graph);
        QCOMPARE(reach.value(1).direct, 2);
        QCOMPARE(reach.value(1).total, 4);
        QCOMPARE(reach.value(3).direct, 2);
        QCOMPARE(reach.value(3).total, 2);
        QVERIFY(!reach.contains(6));
        QVERIFY(!reach.contains(0)); // Me is not listed
    }

    void aHundredThousandLinkedPeopleShowTheNearestFirst()
    {
        // 1,000 chains of 100 introductions each: only the people fewest steps from Me are
        // drawn, whole chains from their start, and the rest are counted.
        ReferralGraph graph;
        constexpr int kChains = 1000, kLength = 100;
        for (int chain = 0; chain < kChains; ++chain) {
            for (int step = 0; step < kLength; ++step) {
                const qint64 id = 1 + chain * kLength + step;
                graph.addNode(person(id, QStringLiteral("P%1").arg(id)));
                if (step > 0)
                    graph.addLink(referral(id - 1, id));
            }
        }
        const VisibleGraph visible = GraphScope::select(graph, GraphFilter());
        QCOMPARE(visible.nodes.size(), 1 + GraphScope::kMaxLinked);
        QCOMPARE(visible.hiddenLinked, kChains * kLength - GraphScope::kMaxLinked);
        const QSet<qint64> shown(visible.nodes.cbegin(), visible.nodes.cend());
        for (const qint64 id : visible.nodes) {
            if (id == 0)
                continue;
            const int step = int((id - 1) % kLength);
            QVERIFY2(step < GraphScope::kMaxLinked / kChains, qPrintable(QString::number(id)));
            QVERIFY(step == 0 || shown.contains(id - 1)); // the one who introduced them is there too
        }
    }

    void aFreshImportWithNoLinksIsNotAnEmptyGraph()
    {
        // 300 contacts straight from LinkedIn, nobody linked yet: the graph shows them.
        ReferralGraph graph;
        for (int i = 1; i <= 300; ++i)
            graph.addNode(person(i, QStringLiteral("P%1").arg(i)));
        QVERIFY(GraphScope::showsUnreferredByDefault(graph));
        // Once some are linked, a network this size shows its links and counts the rest.
        graph.addLink(referral(1, 2));
        QVERIFY(!GraphScope::showsUnreferredByDefault(graph));
        GraphFilter filter;
        const VisibleGraph visible = GraphScope::select(graph, filter);
        QCOMPARE(visible.nodes, (QList<qint64> {0, 1, 2}));
        QCOMPARE(visible.unlinkedOff, 298);
    }

    void scopeShowsLinkedPeopleAndCapsUnlinkedOnes()
    {
        ReferralGraph graph;
        graph.addNode(person(1, QStringLiteral("Linked A"), QStringLiteral("Acme")));
        graph.addNode(person(2, QStringLiteral("Linked B"), QStringLiteral("Initech")));
        graph.addLink(referral(1, 2));
        for (int i = 0; i < GraphScope::kMaxUnreferred + 50; ++i)
            graph.addNode(person(100 + i, QStringLiteral("Loner %1").arg(i)));

        GraphFilter filter;
        VisibleGraph visible = GraphScope::select(graph, filter);
        QCOMPARE(visible.nodes, (QList<qint64> {0, 1, 2}));
        // A has no referrer in view, so it hangs off Me; B is reached through A.
        QCOMPARE(visible.edges.size(), 2);
        QCOMPARE(visible.edges.last().from, 0);
        QCOMPARE(visible.edges.last().to, 1);
        QCOMPARE(visible.edges.last().linkIndex, -1);

        filter.showUnreferred = true;
        visible = GraphScope::select(graph, filter);
        QCOMPARE(visible.nodes.size(), 1 + 2 + GraphScope::kMaxUnreferred);
        QCOMPARE(visible.hiddenUnreferred, 50);

        // Filtering by organisation drops B; A's link to B is not drawn.
        filter.showUnreferred = false;
        filter.organization = QStringLiteral("acme");
        visible = GraphScope::select(graph, filter);
        QCOMPARE(visible.nodes, (QList<qint64> {0, 1}));
        QCOMPARE(visible.edges.size(), 1);
    }

    void loadsFromTheDatabaseAndStoresLinks()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        const qint64 ana = contacts.addContact(
            Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme")));
        const qint64 ben = contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        ReferralStore links(net.database);
        QSignalSpy changed(&links, &ReferralStore::linksChanged);

        Referral fromMe = referral(0, ana);
        fromMe.date = QDate(2025, 3, 12);
        QVERIFY(links.add(fromMe));
        Referral anaToBen = referral(ana, ben);
        anaToBen.note = QStringLiteral("met at the symposium");
        anaToBen.mayUseName = true;
        const qint64 id = links.add(anaToBen);
        QVERIFY(id);
        QCOMPARE(changed.size(), 2);

        // A self-referral, a repeat and a "knows" with Me are refused, and nothing is written.
        QCOMPARE(links.add(referral(ana, ana)), 0);
        QCOMPARE(links.lastError(), QStringLiteral("a contact cannot refer themselves"));
        QCOMPARE(links.add(anaToBen), 0);
        QCOMPARE(links.add(knows(0, ben)), 0);
        QVERIFY(links.add(knows(ana, ben, QStringLiteral("colleague"))));
        QCOMPARE(links.add(knows(ben, ana)), 0); // the same link, seen from the other end
        // Editing a link into one that exists is refused too.
        const qint64 third = contacts.addContact(Test::sampleContact(QStringLiteral("Cleo"), QStringLiteral("Park")));
        const qint64 anaKnowsCleo = links.add(knows(ana, third));
        QVERIFY(anaKnowsCleo);
        Referral duplicate = *links.link(anaKnowsCleo);
        duplicate.referrerId = ben; // ben–ana already exists as ana–ben
        duplicate.referredId = ana;
        QVERIFY(!links.update(duplicate));
        QCOMPARE(links.lastError(), QStringLiteral("these two already know each other"));
        QVERIFY(links.remove(anaKnowsCleo));
        QCOMPARE(links.linksOf(ben).size(), 2);

        const ReferralGraph graph = ReferralGraph::load(net.database.connection());
        QCOMPARE(graph.nodes().size(), 3);
        QCOMPARE(graph.links().size(), 3);
        QCOMPARE(graph.node(ana)->organization, QStringLiteral("Acme"));
        const WarmPath path = GraphPaths::to(graph, ben);
        QCOMPARE(chain(path), (QList<qint64> {0, ana, ben}));
        const Referral& loaded = graph.links().at(path.steps.last().linkIndex);
        QCOMPARE(loaded.note, QStringLiteral("met at the symposium"));
        QCOMPARE(loaded.mayUseName, std::optional<bool>(true));
        QCOMPARE(graph.links().at(path.steps.first().linkIndex).date, QDate(2025, 3, 12));

        // Edit and remove, then put back under the same id (what Undo does).
        Referral edited = *links.link(id);
        edited.note = QStringLiteral("at the spring symposium");
        QVERIFY(links.update(edited));
        QCOMPARE(links.link(id)->note, QStringLiteral("at the spring symposium"));
        edited.referrerId = ben; // now a self-referral
        QVERIFY(!links.update(edited));
        QCOMPARE(links.link(id)->referrerId, ana);
        const Referral before = *links.link(id);
        QVERIFY(links.remove(id));
        QVERIFY(!links.link(id));
        QCOMPARE(links.add(before), id);
        QCOMPARE(links.link(id)->note, QStringLiteral("at the spring symposium"));
    }

    void anEditedContactUpdatesItsNodeAsTheNetworkReadsIt()
    {
        Test::TempNetwork net;
        ContactStore contacts(net.database);
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme"));
        ana.id = contacts.addContact(ana);
        QVERIFY(ana.id);
        ana.firstName = QStringLiteral("Anabel");
        ana.stage = Stage::Met;
        ana.strength = 4;
        ana.tags = {QStringLiteral("mentor")};
        QVERIFY(contacts.updateContact(ana));

        // What the graph builds from the edited contact is what it reads from the network.
        const ReferralGraph loaded = ReferralGraph::load(contacts.connection());
        const GraphNode node = ReferralGraph::nodeOf(*contacts.contact(ana.id));
        QCOMPARE(*loaded.node(ana.id), node);

        ReferralGraph graph;
        graph.addNode(person(ana.id, QStringLiteral("Ana Lopez"), QStringLiteral("Acme")));
        graph.addLink(referral(0, ana.id));
        QVERIFY(graph.updateNode(node));
        QCOMPARE(graph.nameOf(ana.id), QStringLiteral("Anabel Lopez"));
        QCOMPARE(graph.node(ana.id)->stage, Stage::Met);
        QCOMPARE(graph.links().size(), 1); // the links stay
        QVERIFY(!graph.updateNode(person(ana.id + 1, QStringLiteral("Nobody"))));
        QCOMPARE(graph.nodes().size(), 1);
    }

    void pinnedPositionsSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pins.rapport"));
        qint64 ana = 0;
        {
            Database database;
            QVERIFY(database.open(path));
            ContactStore contacts(database);
            ana = contacts.addContact(Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez")));
            ReferralStore store(database);
            QVERIFY(store.setPinnedPositions(QStringLiteral("layered"), {{ana, QPointF(120.5, -40)}}));
            QVERIFY(store.setPinnedPositions(QStringLiteral("layered"), {{ana, QPointF(130, -45)}})); // moved again
            QVERIFY(store.setPinnedPositions(QStringLiteral("force"), {{ana, QPointF(-7, 9)}}));
        }
        Database reopened;
        QVERIFY(reopened.open(path));
        ReferralStore store(reopened);
        QCOMPARE(store.pinnedPositions(QStringLiteral("layered")).value(ana), QPointF(130, -45));
        QCOMPARE(store.pinnedPositions(QStringLiteral("force")).value(ana), QPointF(-7, 9)); // each layout its own
        QVERIFY(store.setPinnedPositions(QStringLiteral("layered"), {{ana, std::nullopt}}));
        QVERIFY(store.pinnedPositions(QStringLiteral("layered")).isEmpty());
        QCOMPARE(store.pinnedPositions(QStringLiteral("force")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReferralGraph)
#include "tst_referralgraph.moc"
