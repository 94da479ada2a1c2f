// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The referral graph as a new user first sees it: legible labels, the overview on a large
// network, the side panel folded on a narrow window, the main tools never behind », and a
// person just added scrolled into view.
#include "ContactStore.h"
#include "Database.h"
#include "GraphFilterBar.h"
#include "GraphNodeItem.h"
#include "GraphOverview.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphSidePanel.h"
#include "GraphSplitter.h"
#include "GraphStyle.h"
#include "GraphToolBar.h"
#include "GraphView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ReachModel.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Rapport;

class TestGraphFirstView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    GraphPanel* panel() const { return m_window->graphPanel(); }
    GraphView* view() const { return panel()->view(); }

    template <typename Change>
    void relayoutAfter(Change change)
    {
        QSignalSpy shown(panel(), &GraphPanel::graphShown);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !panel()->isLayingOut(), 30000);
    }

    // The window, shown, on the graph tab, with the demo network (or the file at path) laid out.
    void openWindow(const QString& path = {}, QSize size = {1400, 900})
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        relayoutAfter([this, &path] {
            QVERIFY(path.isEmpty() ? m_window->openDemoNetwork() : m_window->openNetwork(path));
            m_window->findChild<QAction*>(QStringLiteral("showGraphAction"))->trigger();
        });
    }

    // The part of the scene on screen.
    QRectF visibleScene() const { return view()->mapToScene(view()->viewport()->rect()).boundingRect(); }

    // The height on screen, in logical pixels, of a node's smallest label.
    qreal labelPixels() const
    {
        const QFont detail = GraphStyle(panel()->palette(), panel()->font()).detailFont();
        const qreal pixels
            = detail.pixelSize() > 0 ? detail.pixelSize() : detail.pointSizeF() * view()->logicalDpiY() / 72.0;
        return pixels * view()->zoom();
    }

    // 500 people in referral trees under Me, as in the graph benchmark: too many to fit legibly.
    QString largeNetwork()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.rapport"));
        if (QFile::exists(path))
            return path;
        Database database;
        if (!database.open(path))
            return {};
        ContactStore contacts(database);
        ReferralStore links(database);
        QRandomGenerator random(7);
        QList<qint64> ids;
        for (int i = 1; i <= 500; ++i) {
            const qint64 id = contacts.addContact(Test::sampleContact(QStringLiteral("Person"),
                QStringLiteral("Number %1").arg(i), QStringLiteral("Organisation %1").arg(random.bounded(300))));
            Referral link;
            link.referrerId = i <= 40 ? 0 : ids.at(int(random.bounded(ids.size())));
            link.referredId = id;
            if (!id || !links.add(link))
                return {};
            ids.append(id);
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_graphfirstview"));
        MessageBoxes::setTestMode(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }
    void cleanup() { m_window.reset(); }

    void firstViewOfTheDemoIsLegible()
    {
        openWindow();
        QVERIFY2(labelPixels() >= GraphView::kLegiblePixels, qPrintable(QString::number(labelPixels())));
        GraphNodeItem* me = panel()->scene()->nodeItem(0);
        QVERIFY(me);
        QVERIFY(visibleScene().contains(me->sceneBoundingRect()));
        // Either all of it is on screen, or the overview shows where the rest is.
        QCOMPARE(view()->overview()->isVisible(), !view()->showsWholeScene());
        // The tree, Me at its top, starts at the top-left corner of the view: nobody is cut off
        // above or to the left.
        const QRectF graph = panel()->scene()->sceneRect();
        QVERIFY(qAbs(visibleScene().top() - graph.top()) <= 1);
        QVERIFY(qAbs(visibleScene().left() - graph.left()) <= 1);
    }

    void everyoneCanBeScrolledOutFromUnderTheOverview()
    {
        openWindow({}, {1366, 768});
        QVERIFY(view()->overview()->isVisible());
        view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
        view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
        QTRY_VERIFY(view()->overview()->isVisible());
        const QRect overview = view()->overview()->geometry().translated(-view()->viewport()->pos());
        int onScreen = 0;
        for (const qint64 id : panel()->scene()->contactIds()) {
            const QRect node = view()->mapFromScene(panel()->scene()->nodeItem(id)->sceneBoundingRect()).boundingRect();
            QVERIFY2(!node.intersects(overview), qPrintable(QString::number(id)));
            onScreen += view()->viewport()->rect().intersects(node) ? 1 : 0;
        }
        QVERIFY(onScreen > 0);
    }

    void largeNetworkStartsLegibleOnMeWithTheOverview()
    {
        const QString path = largeNetwork();
        QVERIFY(!path.isEmpty());
        openWindow(path);
        QVERIFY(panel()->scene()->contactIds().size() > 100);
        QVERIFY2(labelPixels() >= GraphView::kLegiblePixels, qPrintable(QString::number(labelPixels())));
        QVERIFY(qFuzzyCompare(view()->zoom(), view()->legibleZoom()));
        QVERIFY(!view()->showsWholeScene());
        QVERIFY(view()->overview()->isVisible());
        const QRectF me = panel()->scene()->nodeItem(0)->sceneBoundingRect();
        QVERIFY(visibleScene().contains(me));
        // Me, at the top of its column, is in the top quarter of the view, near its left edge: the
        // tree reads down and to the right from there.
        const QRectF shown = visibleScene();
        QVERIFY(me.center().y() <= shown.top() + shown.height() / 4 + 2 / view()->zoom());
        QVERIFY(me.left() - shown.left() <= 60 / view()->zoom());

        // Fit shows everything, and says the names are now too small to read.
        panel()->fitAction()->trigger();
        // (The note takes a line under the view; the view stays fitted as it shrinks.)
        QTRY_VERIFY(view()->showsWholeScene());
        QVERIFY(!view()->isLegible());
        QVERIFY(panel()->findChild<QWidget*>(QStringLiteral("graphZoomNote"))->isVisible());
        QVERIFY(!view()->overview()->isVisible());
    }

    void clickingAndDraggingInTheOverviewMovesTheView()
    {
        openWindow(largeNetwork());
        GraphOverview* overview = view()->overview();
        QVERIFY(overview->isVisible());
        // A point near the end of the map far from the part on screen, then one near the other end.
        const bool showsLowerHalf = overview->visibleFrame().center().y() > overview->height() / 2;
        const QPoint far(overview->width() / 2, overview->height() * (showsLowerHalf ? 1 : 9) / 10);
        const QPoint near(overview->width() / 2, overview->height() * (showsLowerHalf ? 9 : 1) / 10);
        const QPointF target = overview->toScene(far);
        QVERIFY(!visibleScene().contains(target));
        QTest::mouseClick(overview, Qt::LeftButton, {}, far);
        QVERIFY(visibleScene().contains(target));
        QVERIFY(overview->visibleFrame().contains(far));

        const QPointF dragTarget = overview->toScene(near);
        QVERIFY(!visibleScene().contains(dragTarget));
        QMouseEvent press(
            QEvent::MouseButtonPress, far, overview->mapToGlobal(far), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(overview, &press);
        QMouseEvent move(
            QEvent::MouseMove, near, overview->mapToGlobal(near), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(overview, &move);
        QVERIFY(visibleScene().contains(dragTarget));
    }

    void overviewChoiceIsRemembered()
    {
        openWindow(largeNetwork());
        QVERIFY(panel()->overviewAction()->isChecked());
        panel()->overviewAction()->trigger();
        QVERIFY(!view()->overview()->isVisible());
        m_window.reset();
        openWindow(largeNetwork());
        QVERIFY(!panel()->overviewAction()->isChecked());
        QVERIFY(!view()->overview()->isVisible());
        panel()->overviewAction()->trigger();
        QVERIFY(view()->overview()->isVisible());
    }

    void sidePanelStartsFoldedOnANarrowWindowAndIsRemembered()
    {
        openWindow({}, {1400, 900});
        QVERIFY(m_window->width() < GraphSplitter::kSideMinWindowWidth);
        QVERIFY(!panel()->sidePanel()->isVisible());
        QVERIFY(!panel()->sidePanelAction()->isChecked());
        panel()->sidePanelAction()->trigger();
        QVERIFY(panel()->sidePanel()->isVisible());
        m_window.reset();
        openWindow({}, {1400, 900});
        QVERIFY(panel()->sidePanelAction()->isChecked());
        QVERIFY(panel()->sidePanel()->isVisible());
        panel()->sidePanelAction()->trigger();
        QVERIFY(!panel()->sidePanel()->isVisible());
        m_window.reset();
        openWindow({}, {1400, 900});
        QVERIFY(!panel()->sidePanel()->isVisible());
    }

    void aPathShowsAboveTheGraphAndLeavesItsWidth()
    {
        openWindow({}, {1366, 768});
        QVERIFY(!panel()->sidePanel()->isVisible());
        const int width = view()->width();
        qint64 yuki = 0;
        for (const GraphNode& node : panel()->graph().nodes())
            yuki = node.name == QStringLiteral("Yuki Nakamura") ? node.id : yuki;
        QVERIFY(panel()->showPathTo(yuki));
        auto* bar = panel()->findChild<QWidget*>(QStringLiteral("graphPathBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(panel()->pathText().startsWith(QStringLiteral("Me → Tomás Herrera → Yuki Nakamura")));
        // The side panel stays folded: the graph keeps its width, and shows the whole chain.
        QVERIFY(!panel()->sidePanel()->isVisible());
        QCOMPARE(view()->width(), width);
        QVERIFY(view()->width() >= m_window->width() * 0.6);
        const QRectF shown = visibleScene();
        for (const qint64 id : {qint64(0), yuki})
            QVERIFY(shown.contains(panel()->scene()->nodeItem(id)->sceneBoundingRect()));
        // The bar's text and its Clear Path button are apart, and Clear Path takes it away.
        auto* text = bar->findChild<QLabel*>(QStringLiteral("pathText"));
        auto* clear = bar->findChild<QPushButton*>(QStringLiteral("clearPathButton"));
        QVERIFY(!text->geometry().intersects(clear->geometry()));
        QVERIFY(text->text().contains(QStringLiteral("know each other")));
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-path-bar.png"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(panel()->pathText().isEmpty());
    }

    void mainToolsStayVisibleOnANarrowWindow()
    {
        // 960 logical pixels: a 1920×1080 screen at 200%.
        openWindow({}, {960, 700});
        QCOMPARE(m_window->width(), 960);
        GraphToolBar* bar = panel()->toolBar();
        for (const char* name : {"fitButton", "graphSearch", "pathButton", "exportButton"}) {
            auto* widget = bar->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(widget->isVisible(), name);
            QVERIFY2(bar->rect().contains(widget->geometry()), name);
        }
        // The filters wrap rather than hide: Near: and its box are on screen.
        auto* filters = panel()->findChild<GraphFilterBar*>();
        for (QWidget* widget : filters->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            QVERIFY(widget->isVisible());
            QVERIFY(filters->rect().contains(widget->geometry()));
        }
        QVERIFY(filters->findChild<QAbstractSpinBox*>(QStringLiteral("graphHops"))->isVisible());
    }

    void choicesAndTheFindFieldShowTheirWholeText()
    {
        openWindow();
        for (auto* box : panel()->findChild<GraphFilterBar*>()->findChildren<QComboBox*>()) {
            const int text = box->fontMetrics().horizontalAdvance(box->itemText(0));
            QVERIFY2(box->width() > text, qPrintable(box->objectName()));
            QVERIFY(box->toolTip().contains(box->currentText()));
        }
        auto* search = panel()->findChild<QLineEdit*>(QStringLiteral("graphSearch"));
        QVERIFY(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()));
    }

    // Find ranks names as the contact search does, blind to accents: "sorensen" is Ingrid Sørensen,
    // "mei" is Mei-Ling Zhou (a name's start before a word inside one).
    void findIsBlindToAccents()
    {
        openWindow();
        auto* search = panel()->findChild<QLineEdit*>(QStringLiteral("graphSearch"));
        QSignalSpy selected(panel(), &GraphPanel::contactSelected);
        const auto find = [&](const QString& typed) {
            selected.clear();
            search->setText(typed);
            QTest::keyClick(search, Qt::Key_Return);
            return selected.isEmpty()
                ? QString()
                : m_window->session()->store()->contact(selected.first().first().toLongLong())->displayName();
        };
        QCOMPARE(find(QStringLiteral("sorensen")), QStringLiteral("Ingrid Sørensen"));
        QCOMPARE(find(QStringLiteral("lukasz")), QStringLiteral("Łukasz Wiśniewski"));
        QCOMPARE(find(QStringLiteral("mei")), QStringLiteral("Mei-Ling Zhou"));
        QCOMPARE(find(QStringLiteral("nobody-like-this")), QString());
        auto* summary = panel()->findChild<QLabel*>(QStringLiteral("graphSummary"));
        QVERIFY(summary && summary->text().contains(QStringLiteral("Nobody called")));
        QVERIFY(!find(QStringLiteral("sorensen")).isEmpty());
        QVERIFY2(!summary->text().contains(QStringLiteral("Nobody called")), qPrintable(summary->text()));
    }

    // A path is shown whole when it fits at a legible zoom; one too long for that is shown
    // legibly, as much of it as fits, ending where it leads; never under the overview.
    void aPathIsShownWholeOnlyWhenLegible()
    {
        GraphView graph;
        QGraphicsScene scene(-2000, -2000, 12000, 6000);
        graph.showScene(&scene);
        graph.resize(640, 420);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        const auto visible = [&graph] { return graph.mapToScene(graph.viewport()->rect()).boundingRect(); };
        const QRectF first = scene.addRect(0, 0, 120, 40)->sceneBoundingRect();
        const QRectF near = scene.addRect(300, 100, 120, 40)->sceneBoundingRect();
        const QRectF middle = scene.addRect(7700, 0, 120, 40)->sceneBoundingRect();
        const QRectF far = scene.addRect(8000, 0, 120, 40)->sceneBoundingRect();

        graph.setTransform(QTransform::fromScale(3, 3));
        graph.centreOn(QPointF(5000, 3000));
        QCOMPARE(graph.showChain({first, near}), 2);
        QVERIFY(visible().contains(first) && visible().contains(near));
        QVERIFY(graph.isLegible());
        QVERIFY(graph.zoom() <= qMax(1.0, graph.legibleZoom()) + 1e-6); // not magnified to fill the view

        graph.setTransform(QTransform::fromScale(0.05, 0.05)); // zoomed out beyond reading
        QCOMPARE(graph.showChain({first, middle, far}), 2);
        QVERIFY(qFuzzyCompare(graph.zoom(), graph.legibleZoom()));
        QVERIFY(visible().contains(far) && visible().contains(middle));
        QVERIFY(!visible().contains(first));

        // In the overview's corner, at the scene's edge: the view scrolls beyond it to show the
        // node clear of the overview.
        const QRectF corner = scene.addRect(9880, 3900, 120, 100)->sceneBoundingRect();
        QCOMPARE(graph.showChain({corner}), 1);
        QTRY_VERIFY(graph.overview()->isVisible());
        const QRect onScreen = graph.mapFromScene(corner).boundingRect();
        QVERIFY(graph.viewport()->rect().contains(onScreen));
        QVERIFY(!onScreen.intersects(
            QRect(graph.viewport()->mapFrom(&graph, graph.overview()->pos()), graph.overview()->size())));
    }

    // Issue 16: on a small window and at 200% (1920×1080, 960×540 logical) "Who opened doors"
    // has room for names.
    void sidePanelKeepsNamesReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("wholeNames");
        QTest::newRow("1366x768") << QSize(1366, 768) << true;
        QTest::newRow("1920x1080 at 200%") << QSize(960, 540) << false;
    }

    void sidePanelKeepsNamesReadable()
    {
        QFETCH(QSize, size);
        QFETCH(bool, wholeNames);
        openWindow({}, size);
        panel()->sidePanelAction()->setChecked(true);
        GraphSidePanel* side = panel()->sidePanel();
        QTRY_VERIFY(side->isVisible());
        auto* reach = side->findChild<QTreeView*>(QStringLiteral("reachList"));
        QTRY_VERIFY(reach->isVisible() && reach->height() > reach->header()->height() * 3);
        // The names' column is the widest, and at 1366 a usual full name is whole.
        const int names = reach->header()->sectionSize(ReachModel::Person);
        QVERIFY(
            names > reach->header()->sectionSize(ReachModel::Direct) + reach->header()->sectionSize(ReachModel::Total));
        if (wholeNames)
            QVERIFY(names >= reach->fontMetrics().horizontalAdvance(QStringLiteral("Ingrid Sørensen")) + 8);
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-side-panel-%1.png").arg(size.width()));
        // Its own × folds it away, whatever the tool bar shows.
        auto* hide = side->findChild<QToolButton*>(QStringLiteral("hideSidePanelButton"));
        QVERIFY(hide && hide->isVisible());
        QTest::mouseClick(hide, Qt::LeftButton);
        QTRY_VERIFY(!side->isVisible());
        QVERIFY(!panel()->sidePanelAction()->isChecked());
    }

    void aPersonJustAddedIsScrolledIntoView()
    {
        openWindow();
        // Zoomed in on the far corner from Me, where a new person linked from Me is not drawn.
        view()->setTransform(QTransform::fromScale(2, 2));
        view()->centreOn(panel()->scene()->sceneRect().bottomRight());
        qint64 added = 0;
        relayoutAfter([this, &added] {
            added = m_window->session()->store()->addContact(
                Test::sampleContact(QStringLiteral("Zelda"), QStringLiteral("Newcomer"), QStringLiteral("Far Away")));
            Referral link;
            link.referrerId = 0;
            link.referredId = added;
            QVERIFY(m_window->session()->links()->add(link));
        });
        GraphNodeItem* item = panel()->scene()->nodeItem(added);
        QVERIFY(item);
        QVERIFY(visibleScene().contains(item->sceneBoundingRect()));
    }
};

QTEST_MAIN(TestGraphFirstView)
#include "tst_graphfirstview.moc"
