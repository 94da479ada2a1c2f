// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The referral graph tab, driven through the real window: clicking nodes, the list following,
// Path To…, dragging a node, recording a referral in the editor, and undo.
#include "ContactLinksEditor.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "DisplayFormat.h"
#include "GraphLayoutController.h"
#include "GraphNodeItem.h"
#include "GraphOverview.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PathDialog.h"
#include "ReferralDialog.h"
#include "ReferralStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Rapport;

class TestGraphView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    GraphPanel* panel() const { return m_window->graphPanel(); }
    GraphScene* scene() const { return panel()->scene(); }
    GraphView* view() const { return panel()->view(); }

    qint64 idOf(const QString& name) const
    {
        for (const GraphNode& node : panel()->graph().nodes()) {
            if (node.name == name)
                return node.id;
        }
        return 0;
    }

    qint64 listContact() const
    {
        return m_window->findChild<ContactListView*>()
            ->currentIndex()
            .data(ContactListModel::ContactIdRole)
            .toLongLong();
    }

    QPoint onScreen(qint64 contactId) const
    {
        GraphNodeItem* item = scene()->nodeItem(contactId);
        view()->centerOn(item);
        return view()->mapFromScene(item->pos());
    }

    // Makes a change that lays the graph out again, and waits until the new graph is on screen
    // (the panel says so) with no other layout still running.
    template <typename Change>
    void relayoutAfter(Change change)
    {
        QSignalSpy shown(panel(), &GraphPanel::graphShown);
        change();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !panel()->isLayingOut(), 20000);
    }

    // Runs body on the next modal dialog of type D, once it is open.
    template <typename D, typename Body>
    static void whenDialogOpens(Body body)
    {
        QTimer::singleShot(0, [body] {
            D* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<D*>(QApplication::activeModalWidget())) != nullptr);
            body(dialog);
        });
    }

    static void mouse(QWidget* target, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, at, target->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_graphview"));
        MessageBoxes::setTestMode(true);
    }

    // Every test function gets its own window on its own copy of the demo network, in the light
    // palette, with the graph laid out: each runs alone and in any order.
    void init()
    {
        QSettings().clear();
        QApplication::setPalette(QPalette());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemoNetwork());
        relayoutAfter([this] { m_window->findChild<QAction*>(QStringLiteral("showGraphAction"))->trigger(); });
        // Me and every demo contact (a small network shows everyone).
        QCOMPARE(scene()->contactIds().size(), m_window->session()->store()->count() + 1);
    }

    void cleanup()
    {
        m_window.reset();
        QApplication::setPalette(QPalette());
    }

    void clickingANodeSelectsItInTheList()
    {
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-layered-light.png"));
        const qint64 samir = idOf(QStringLiteral("Samir Haddad"));
        QVERIFY(samir);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onScreen(samir));
        QCOMPARE(scene()->selectedContact(), samir);
        QCOMPARE(listContact(), samir);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("contactHeader"))->text(), QStringLiteral("Samir Haddad"));
    }

    void selectingInTheListSelectsAndCentresTheNode()
    {
        const qint64 lan = idOf(QStringLiteral("Lan Nguyễn"));
        view()->setTransform(QTransform::fromScale(1.5, 1.5));
        view()->centerOn(scene()->nodeItem(idOf(QStringLiteral("Yuki Nakamura")))); // the far corner from Lan
        QVERIFY(!view()->viewport()->rect().contains(view()->mapFromScene(scene()->nodeItem(lan)->pos())));
        m_window->findChild<ContactListView*>()->selectContact(lan);
        QCOMPARE(scene()->selectedContact(), lan);
        QVERIFY(view()->viewport()->rect().contains(view()->mapFromScene(scene()->nodeItem(lan)->pos())));
        // A node in the middle of the scene lands in the middle of the view.
        const qint64 hiroshi = idOf(QStringLiteral("Hiroshi Tanaka"));
        m_window->findChild<ContactListView*>()->selectContact(hiroshi);
        const QPointF centre = view()->mapToScene(view()->viewport()->rect().center());
        QVERIFY(QLineF(centre, scene()->nodeItem(hiroshi)->pos()).length() < 5);
    }

    void arrowKeysWalkFromPersonToPerson()
    {
        const qint64 hiroshi = idOf(QStringLiteral("Hiroshi Tanaka"));
        m_window->findChild<ContactListView*>()->selectContact(hiroshi);
        QCOMPARE(scene()->selectedContact(), hiroshi);
        view()->setFocus();
        const QPointF start = scene()->nodeItem(hiroshi)->pos();
        QTest::keyClick(view(), Qt::Key_Right);
        const qint64 right = scene()->selectedContact();
        QVERIFY(right && right != hiroshi);
        QVERIFY(scene()->nodeItem(right)->pos().x() > start.x()); // further down the chain
        QCOMPARE(listContact(), right); // the list and editor follow
        QVERIFY(view()->accessibleName().contains(scene()->nodeItem(right)->name()));
        QTest::keyClick(view(), Qt::Key_Down);
        const qint64 below = scene()->selectedContact();
        QVERIFY(below != right);
        QVERIFY(scene()->nodeItem(below)->pos().y() > scene()->nodeItem(right)->pos().y());
        QVERIFY(view()->viewport()->rect().contains(view()->mapFromScene(scene()->nodeItem(below)->pos())));
        // The Menu key opens the selected person's menu.
        QString menuTitle;
        QTimer::singleShot(0, [&menuTitle] {
            QWidget* popup = nullptr;
            QTRY_VERIFY((popup = QApplication::activePopupWidget()) != nullptr);
            menuTitle = popup->actions().first()->text();
            popup->close();
        });
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5), view()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(view(), &menuKey);
        QCOMPARE(menuTitle, QStringLiteral("Open %1").arg(scene()->nodeItem(below)->name()));
        QApplication::setActiveWindow(m_window.get());
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
        // Enter opens the person: the editor takes the focus.
        QTest::keyClick(view(), Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->hasFocus());
        QCOMPARE(listContact(), below);
    }

    void pathToHighlightsTheChain()
    {
        whenDialogOpens<PathDialog>([](PathDialog* dialog) {
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("pathTarget"));
            target->setFocus();
            QTest::keyClicks(target->lineEdit(), QStringLiteral("oluwaseun")); // part of a name, as on the command line
            dialog->accept();
        });
        m_window->findChild<QAction*>(QStringLiteral("pathAction"))->trigger();
        // The shortest chain goes through a "knows" link: Ethan Brooks knows Oluwaseun.
        const QList<qint64> chain {0, idOf(QStringLiteral("Aisha Bello")), idOf(QStringLiteral("Ethan Brooks")),
            idOf(QStringLiteral("Oluwaseun Adeyemi"))};
        QList<qint64> sorted = chain;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(scene()->highlightedContacts(), sorted);
        QVERIFY(panel()->pathText().startsWith(QStringLiteral("Me → Aisha Bello → Ethan Brooks → Oluwaseun Adeyemi")));
        QVERIFY(panel()->pathText().contains(QStringLiteral("know each other (colleague)")));
        // Off the chain, nodes fade.
        QVERIFY(scene()->nodeItem(idOf(QStringLiteral("Samir Haddad")))->opacity() < 1.0);
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-path.png"));

        // An organisation target: the person there the user knows best, as on the command line.
        // Mohammed Al-Farsi is one step away but not yet contacted; Samir Haddad has been met.
        QVERIFY(panel()->showPathToOrganization(QStringLiteral("meridian therapeutics")));
        QVERIFY2(panel()->pathText().startsWith(QStringLiteral("Me → Eleanor Maybrey → Samir Haddad\n\nYou have met "
                                                               "Samir Haddad")),
            qPrintable(panel()->pathText()));
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-path-organisation.png"));
        panel()->clearPath();
        QVERIFY(scene()->highlightedContacts().isEmpty());
    }

    void pathToRunsOnOneEnterOverTheWindow()
    {
        bool closedByOneEnter = false;
        QPoint dialogCentre;
        QRect dialogFrame;
        whenDialogOpens<PathDialog>([&](PathDialog* dialog) {
            dialogFrame = dialog->frameGeometry();
            dialogCentre = dialogFrame.center();
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("pathTarget"));
            QTest::keyClicks(target->lineEdit(), QStringLiteral("oluwaseun"));
            QAbstractItemView* popup = target->completer()->popup();
            QTRY_VERIFY(popup->isVisible()); // the completer offers the name
            popup->setCurrentIndex(target->completer()->completionModel()->index(0, 0));
            QTest::keyClick(popup, Qt::Key_Return); // where the key goes while the list is open
            closedByOneEnter = QTest::qWaitFor([dialog] { return !dialog->isVisible(); });
            if (!closedByOneEnter)
                dialog->reject(); // for the test to go on and fail
        });
        m_window->findChild<QAction*>(QStringLiteral("pathAction"))->trigger();
        QVERIFY(closedByOneEnter);
        QVERIFY(panel()->pathText().startsWith(QStringLiteral("Me → Aisha Bello → Ethan Brooks → Oluwaseun Adeyemi")));
        // Over the window, and whole on the screen (this window is larger than the test's screen).
        QVERIFY(m_window->frameGeometry().contains(dialogCentre));
        QVERIFY(m_window->screen()->availableGeometry().contains(dialogFrame));
        panel()->clearPath();
    }

    // Path To brings the whole chain into view (the demo's fits legibly) and selects the person
    // it leads to, so that the list and the editor show them.
    void pathToBringsTheChainIntoViewAndSelectsItsEnd()
    {
        const QList<qint64> chain {0, idOf(QStringLiteral("Aisha Bello")), idOf(QStringLiteral("Ethan Brooks")),
            idOf(QStringLiteral("Oluwaseun Adeyemi"))};
        const auto onScreen = [this](qint64 id) {
            const QRect shown = view()->mapFromScene(scene()->nodeItem(id)->sceneBoundingRect()).boundingRect();
            return view()->viewport()->rect().contains(shown);
        };
        // Zoomed in on the far corner from Me, where the chain is off screen.
        view()->setTransform(QTransform::fromScale(2, 2));
        view()->centreOn(scene()->sceneRect().bottomRight());
        QVERIFY(!std::all_of(chain.cbegin(), chain.cend(), onScreen));
        m_window->findChild<ContactListView*>()->selectContact(idOf(QStringLiteral("Samir Haddad")));

        whenDialogOpens<PathDialog>([](PathDialog* dialog) {
            auto* target = dialog->findChild<QComboBox*>(QStringLiteral("pathTarget"));
            target->setFocus();
            QTest::keyClicks(target->lineEdit(), QStringLiteral("Oluwaseun Adeyemi"));
            dialog->accept();
        });
        m_window->findChild<QAction*>(QStringLiteral("pathAction"))->trigger();
        QVERIFY(panel()->pathText().startsWith(QStringLiteral("Me → Aisha Bello → Ethan Brooks → Oluwaseun Adeyemi")));
        for (const qint64 id : chain)
            QVERIFY2(onScreen(id), qPrintable(scene()->nodeItem(id)->name()));
        QVERIFY(view()->isLegible());
        QCOMPARE(scene()->selectedContact(), chain.last());
        QCOMPARE(listContact(), chain.last());
        QCOMPARE(
            m_window->findChild<QLabel*>(QStringLiteral("contactHeader"))->text(), QStringLiteral("Oluwaseun Adeyemi"));

        // From a person's menu in the graph, and to an organisation, the same.
        view()->setTransform(QTransform::fromScale(2, 2));
        view()->centreOn(scene()->sceneRect().bottomRight());
        QVERIFY(panel()->showPathToOrganization(QStringLiteral("meridian therapeutics")));
        const qint64 samir = idOf(QStringLiteral("Samir Haddad")); // met there, through Eleanor Maybrey
        QVERIFY(onScreen(0) && onScreen(idOf(QStringLiteral("Eleanor Maybrey"))) && onScreen(samir));
        QCOMPARE(listContact(), samir);
        panel()->clearPath();
    }

    // Issue 16: Path To on a small window, and on 1920×1080 at 200% (960×540 logical): the
    // whole chain when it fits legibly, else as much of it as fits ending at the person it
    // leads to; never under the overview in the corner.
    void pathToShowsTheChainClearOfTheOverview_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>(
            "whole"); // the chain surely fits at a legible zoom (on a smaller window it depends on the fonts)
        // Astrid is far down the tree from Me, at its top: the end of her chain is shown.
        QTest::newRow("1366x768") << QSize(1366, 768) << QStringLiteral("Astrid Johansson") << false;
        QTest::newRow("1920x1080 at 200%") << QSize(960, 540) << QStringLiteral("Astrid Johansson") << false;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << QStringLiteral("Oluwaseun Adeyemi") << true;
    }

    void pathToShowsTheChainClearOfTheOverview()
    {
        QFETCH(QSize, size);
        QFETCH(QString, target);
        QFETCH(bool, whole);
        m_window->resize(size);
        m_window->findChild<QTabWidget*>()->setCurrentIndex(0);
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(panel()->isVisible());
        whenDialogOpens<PathDialog>([&target](PathDialog* dialog) {
            auto* box = dialog->findChild<QComboBox*>(QStringLiteral("pathTarget"));
            box->setFocus();
            QTest::keyClicks(box->lineEdit(), target.section(QLatin1Char(' '), 0, 0));
            dialog->accept();
        });
        m_window->findChild<QAction*>(QStringLiteral("pathAction"))->trigger();
        const qint64 astrid = idOf(target);
        QCOMPARE(scene()->selectedContact(), astrid);
        QList<qint64> chain {0};
        for (const QString& name : panel()->pathText().section(QLatin1Char('\n'), 0, 0).split(QStringLiteral(" → ")))
            if (name != QStringLiteral("Me"))
                chain.append(idOf(name.simplified()));
        QVERIFY2(chain.size() >= 4, qPrintable(panel()->pathText()));
        QCOMPARE(chain.last(), astrid);
        const auto port = [this] { return view()->viewport()->rect(); };
        const auto overview = [this] {
            return view()->overview()->isVisible()
                ? QRect(view()->viewport()->mapFrom(view(), view()->overview()->pos()), view()->overview()->size())
                : QRect();
        };
        const auto screenRect = [this](qint64 id) {
            return view()->mapFromScene(scene()->nodeItem(id)->sceneBoundingRect()).boundingRect();
        };
        const auto clear = [&](qint64 id) {
            const QRect at = screenRect(id);
            return port().contains(at) && !at.intersects(overview());
        };
        // The editor opens beside the graph and narrows it: the path stays in view.
        QTRY_COMPARE(m_window->findChild<QLabel*>(QStringLiteral("contactHeader"))->text(), target);
        QTRY_VERIFY(clear(astrid) && clear(chain.at(chain.size() - 2)));
        // What is in view is the end of the chain, all of it clear of the overview.
        qsizetype first = chain.size() - 1;
        while (first > 0 && clear(chain.at(first - 1)))
            --first;
        for (qsizetype i = 0; i < first; ++i)
            QVERIFY(!clear(chain.at(i)));
        QVERIFY(view()->isLegible());
        QVERIFY2(chain.size() - first >= 2, qPrintable(QString::number(chain.size() - first)));
        QVERIFY(!whole || first == 0);
        // The bar over the graph says when part of the chain is out of sight, and where to find room.
        auto* note = panel()->findChild<QLabel*>(QStringLiteral("pathNote"));
        QTRY_COMPARE(note->isVisible(), first > 0);
        if (first > 0)
            QVERIFY2(chain.size() - first == 1
                    ? note->text().startsWith(QStringLiteral("Only the person at the end of this chain fits"))
                    : note->text().startsWith(
                        QStringLiteral("The last %1 of the %2 people").arg(chain.size() - first).arg(chain.size())),
                qPrintable(note->text()));
        if (first > 0) {
            // Cut short only because one more would not fit at the legible zoom.
            QVERIFY(qAbs(view()->zoom() - view()->legibleZoom()) < 1e-6);
            const QRectF wanted = scene()->nodeItem(chain.at(first - 1))->sceneBoundingRect()
                | scene()->nodeItem(astrid)->sceneBoundingRect();
            const QSizeF needed = wanted.size() * view()->zoom();
            const QSizeF room = QSizeF(port().size()) - 2 * QSizeF(GraphView::kChainMargin, GraphView::kChainMargin);
            const QSizeF beside(room.width() - overview().width() - 8, room.height());
            const QSizeF above(room.width(), room.height() - overview().height() - 8);
            const auto fits
                = [&needed](QSizeF area) { return needed.width() <= area.width() && needed.height() <= area.height(); };
            QVERIFY(!fits(beside) && !fits(above));
        }
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-path-astrid-%1.png").arg(size.width()));
    }

    // Issue 16: Ctrl+0 fits the graph as soon as Ctrl+3 brings it forward, wherever the focus is.
    void fitKeyWorksRightAfterSwitchingToTheGraph()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto* tabs = m_window->findChild<QTabWidget*>();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!panel()->isVisible());
        tabs->tabBar()->setFocus(); // outside the graph, as after tabbing to the tabs
        QTRY_VERIFY(tabs->tabBar()->hasFocus());
        view()->setTransform(QTransform::fromScale(2, 2));
        QVERIFY(!view()->showsWholeScene());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), panel());
        QVERIFY(!panel()->isAncestorOf(QApplication::focusWidget()));
        QSignalSpy fitted(panel()->fitAction(), &QAction::triggered);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(fitted.size(), 1);

        QTRY_VERIFY(view()->showsWholeScene());
        // Elsewhere the keys leave the graph alone.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!panel()->isVisible());
        const qreal zoom = view()->zoom();
        QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), zoom);
    }

    void draggingPinsANodeAndUndoPutsItBack()
    {
        const qint64 wen = idOf(QStringLiteral("Wen Li"));
        const QPointF before = scene()->nodeItem(wen)->pos();
        const QPoint start = onScreen(wen);
        const QPoint end = start + QPoint(60, 45);
        mouse(view()->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int step = 1; step <= 5; ++step)
            mouse(view()->viewport(), QEvent::MouseMove, start + (end - start) * step / 5, Qt::LeftButton);
        mouse(view()->viewport(), QEvent::MouseButtonRelease, end, Qt::NoButton);
        const QPointF after = scene()->nodeItem(wen)->pos();
        QVERIFY(QLineF(before, after).length() > 20);
        QVERIFY(scene()->nodeItem(wen)->isPinned());
        ReferralStore* links = m_window->session()->links();
        QCOMPARE(links->pinnedPositions(QStringLiteral("layered")).value(wen), after);

        // The force layout has its own pins; back in the layered one, the node is where the user put it.
        relayoutAfter(
            [this] { m_window->findChild<QComboBox*>(QStringLiteral("graphLayoutCombo"))->setCurrentIndex(1); });
        QVERIFY(!scene()->nodeItem(wen)->isPinned());
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-force-light.png"));
        relayoutAfter(
            [this] { m_window->findChild<QComboBox*>(QStringLiteral("graphLayoutCombo"))->setCurrentIndex(0); });
        QCOMPARE(scene()->nodeItem(wen)->pos(), after);
        QVERIFY(scene()->nodeItem(wen)->isPinned());

        // Unpinned: the layout places the node again, where it was before the drag.
        relayoutAfter([this] { m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger(); });
        QVERIFY(links->pinnedPositions(QStringLiteral("layered")).isEmpty());
        QCOMPARE(scene()->nodeItem(wen)->pos(), before);
        QVERIFY(!scene()->nodeItem(wen)->isPinned());
        relayoutAfter([this] { m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger(); });
        QCOMPARE(scene()->nodeItem(wen)->pos(), after);
    }

    void referredByIsRecordedInTheEditorAndUndone()
    {
        const qint64 wen = idOf(QStringLiteral("Wen Li"));
        m_window->findChild<ContactListView*>()->selectContact(wen);
        ReferralStore* links = m_window->session()->links();
        const int before = int(links->linksOf(wen).size());
        const qsizetype linesBefore = panel()->graph().links().size();
        whenDialogOpens<ReferralDialog>([](ReferralDialog* dialog) {
            auto* person = dialog->findChild<QComboBox*>(QStringLiteral("linkPersonCombo"));
            // Wen Li is not offered: nobody refers themselves.
            QCOMPARE(person->findText(QStringLiteral("Wen Li"), Qt::MatchStartsWith), -1);
            QTest::keyClicks(person->lineEdit(), QStringLiteral("Hana Kobayashi"));
            dialog->findChild<QLineEdit*>(QStringLiteral("linkNoteEdit"))->setText(QStringLiteral("at the meetup"));
            dialog->accept();
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("addReferrerButton")), Qt::LeftButton);
        QCOMPARE(links->linksOf(wen).size(), before + 1);
        QAbstractItemModel* list = m_window->findChild<QListView*>(QStringLiteral("linksList"))->model();
        const auto referredByHana = [list] {
            return list->match(list->index(0, 0), Qt::DisplayRole, QStringLiteral("Referred by Hana Kobayashi"), 1,
                Qt::MatchStartsWith);
        };
        QVERIFY(!referredByHana().isEmpty());
        // The graph follows: a new line from Hana to Wen, once the layout has run again.
        QTRY_COMPARE_WITH_TIMEOUT(panel()->graph().links().size(), linesBefore + 1, 20000);

        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(links->linksOf(wen).size(), before);
        QVERIFY(referredByHana().isEmpty());
        m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(links->linksOf(wen).size(), before + 1);
    }

    void editingAContactRedrawsItsNodeWithoutALayout()
    {
        ContactStore* store = m_window->session()->store();
        GraphLayoutController* layouter = panel()->layouter();
        const qint64 wen = idOf(QStringLiteral("Wen Li"));
        GraphNodeItem* item = scene()->nodeItem(wen);
        QVERIFY(item);
        const QPointF position = item->pos();
        const int jobs = layouter->jobsStarted();
        const Contact before = *store->contact(wen);
        Contact edited = before;
        edited.firstName = QStringLiteral("Wendeline");
        edited.stage = before.stage == Stage::Met ? Stage::KeepWarm : Stage::Met;
        edited.strength = before.strength == 5 ? 1 : 5;
        QVERIFY(store->updateContact(edited));

        // The same item, where it was, with the new name, colour and border; no layout on its way.
        QCOMPARE(scene()->nodeItem(wen), item);
        QCOMPARE(item->pos(), position);
        QCOMPARE(item->name(), QStringLiteral("Wendeline Li"));
        QVERIFY(item->size().width()
            > GraphNodeItem::sizeFor(QStringLiteral("Wen Li"), item->detail(), scene()->style()).width());
        QCOMPARE(item->look().fill, scene()->style().stageFill(edited.stage));
        QCOMPARE(item->look().borderWidth, 1.0 + 0.5 * edited.strength);
        QVERIFY(!layouter->isScheduled());
        QVERIFY(!panel()->isLayingOut());
        QCOMPARE(layouter->jobsStarted(), jobs);
        QCOMPARE(panel()->graph().nameOf(wen), QStringLiteral("Wendeline Li")); // paths and search use the new name

        // A new link moves people: the graph is laid out again.
        ReferralStore* links = m_window->session()->links();
        Referral knows;
        knows.referrerId = wen;
        knows.referredId = idOf(QStringLiteral("Samir Haddad"));
        knows.kind = LinkKind::Knows;
        qint64 linkId = 0;
        bool scheduled = false;
        relayoutAfter([&] {
            linkId = links->add(knows);
            scheduled = layouter->isScheduled();
        });
        QVERIFY(linkId);
        QVERIFY(scheduled);
        QCOMPARE(layouter->jobsStarted(), jobs + 1);
        QCOMPARE(scene()->nodeItem(wen)->name(), QStringLiteral("Wendeline Li"));

        relayoutAfter([&] {
            QVERIFY(links->remove(linkId));
            QVERIFY(store->updateContact(before));
        });
        QCOMPARE(layouter->jobsStarted(), jobs + 2);
        QCOMPARE(scene()->nodeItem(wen)->name(), QStringLiteral("Wen Li"));
    }

    void darkPaletteRedrawsInDarkColours()
    {
        QApplication::setPalette(Test::darkPalette());
        QTRY_VERIFY_WITH_TIMEOUT(scene()->style().isDark() && !panel()->isLayingOut(), 20000);
        QCOMPARE(scene()->backgroundBrush().color(), Test::darkPalette().color(QPalette::Base));
        Test::saveScreenshot(m_window.get(), QStringLiteral("graph-layered-dark.png"));
    }

    void everyViewReadsInADarkPalette()
    {
        // In the dark palette, no widget may keep light colours of its own.
        QApplication::setPalette(Test::darkPalette());
        QTRY_VERIFY_WITH_TIMEOUT(scene()->style().isDark() && !panel()->isLayingOut(), 20000);
        auto* views = m_window->findChild<QTabWidget*>(QStringLiteral("views"));
        for (int i = 0; i < views->count(); ++i) {
            views->setCurrentIndex(i);
            QCoreApplication::processEvents();
            Test::saveScreenshot(m_window.get(), QStringLiteral("dark-%1.png").arg(views->widget(i)->objectName()));
            for (QWidget* w : m_window->findChildren<QWidget*>()) {
                if (!w->isVisible())
                    continue;
                QVERIFY2(w->palette().color(QPalette::Base).lightnessF() < 0.5, qPrintable(w->objectName()));
                QVERIFY2(w->palette().color(QPalette::Window).lightnessF() < 0.5, qPrintable(w->objectName()));
                QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName())); // style sheets pin colours
            }
        }
        // Warnings (overdue dates, a refused draft) stay readable on either background.
        for (const QPalette& palette : {Test::darkPalette(), QPalette()}) {
            const QColor warning = DisplayFormat::warningColor(palette);
            QVERIFY(Test::contrastRatio(warning, palette.color(QPalette::Base)) >= 4.5);
            QVERIFY(Test::contrastRatio(warning, palette.color(QPalette::Window)) >= 4.5);
        }
        QApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
