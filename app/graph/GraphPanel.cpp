// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: the tool bar, filters, layout, paths, export and side panel are classes of
// their own; what is left is the tab's shared state (the shown graph, its scene, the pinned nodes,
// the selection) and the handlers that read and change it together.
#include "GraphPanel.h"

#include "ContactStore.h"
#include "GraphExportDialogs.h"
#include "GraphFilterBar.h"
#include "GraphLayoutController.h"
#include "GraphNodeItem.h"
#include "GraphPathBar.h"
#include "GraphPaths.h"
#include "GraphScene.h"
#include "GraphSidePanel.h"
#include "GraphSplitter.h"
#include "GraphView.h"
#include "LinkCommands.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "SearchRanking.h"
#include "WarmPathPresenter.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Rapport {

GraphPanel::GraphPanel(QWidget* parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(this))
{
    setObjectName(QStringLiteral("graphPanel"));
    m_view->showScene(m_scene);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_layouter = new GraphLayoutController(this, [this] { return makeJob(); });
    connect(m_layouter, &GraphLayoutController::started, this, [this] { m_toolBar->setBusy(true); });
    connect(m_layouter, &GraphLayoutController::failed, this, &GraphPanel::layoutFailed);
    connect(m_layouter, &GraphLayoutController::sceneReady, this, &GraphPanel::showBuiltScene);
    createActions();

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(6, 6, 0, 6);
    m_toolBar = new GraphToolBar(m_actions, this);
    connect(m_toolBar, &GraphToolBar::layoutChanged, this, [this] {
        m_fitPending = true;
        m_layouter->run();
    });
    connect(m_toolBar, &GraphToolBar::searchRequested, this, &GraphPanel::searchActivated);
    m_filters = new GraphFilterBar(this);
    connect(m_filters, &GraphFilterBar::filterChanged, m_layouter, &GraphLayoutController::run);
    connect(m_filters, &GraphFilterBar::hopsChanged, m_layouter, &GraphLayoutController::schedule);
    mainLayout->addWidget(m_toolBar);
    mainLayout->addWidget(m_filters);
    m_pathBar = new GraphPathBar(main);
    connect(m_pathBar, &GraphPathBar::clearRequested, this, &GraphPanel::clearPath);
    connect(m_view, &GraphView::chainFramed, this, [this](qsizetype inView, qsizetype total) {
        const QString room = tr("Scroll up or left for the rest, or hide the contact editor (View ▸ Contact Editor, "
                                "F4) for more room.");
        m_pathBar->setNote(inView >= total ? QString()
                : inView <= 1 ? tr("Only the person at the end of this chain fits at a size you can read. %1").arg(room)
                              : tr("The last %1 of the %2 people on this chain fit at a size you can read. %3")
                                    .arg(QString::number(inView), QString::number(total), room));
    });
    mainLayout->addWidget(m_pathBar);
    mainLayout->addWidget(m_view, 1);
    // What is shown, or why not, under the graph: wrapped, so a long message never widens the window.
    m_summary = new QLabel(main);
    m_summary->setObjectName(QStringLiteral("graphSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    mainLayout->addWidget(m_summary);
    m_zoomNote
        = new QLabel(tr("Names are too small to read at this zoom: zoom in, or move around with the overview."), main);
    m_zoomNote->setObjectName(QStringLiteral("graphZoomNote"));
    m_zoomNote->setWordWrap(true);
    m_zoomNote->hide();
    mainLayout->addWidget(m_zoomNote);
    connect(m_view, &GraphView::viewChanged, this, &GraphPanel::updateZoomNote);
    m_side = new GraphSidePanel(this);
    connect(m_side, &GraphSidePanel::contactChosen, this, [this](qint64 id) {
        selectContact(id);
        emit contactSelected(id);
    });
    m_paths = new WarmPathPresenter(m_pathBar, this);
    connect(m_side, &GraphSidePanel::hideRequested, m_actions.sidePanel, &QAction::trigger);
    auto* splitter = new GraphSplitter(main, m_side, m_actions.sidePanel, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connectScene(m_scene);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GraphPanel::showNodeMenu);
    setViewKeysWindowWide(false); // until the graph is shown
}

void GraphPanel::connectScene(GraphScene* scene)
{
    connect(scene, &QGraphicsScene::selectionChanged, this, &GraphPanel::sceneSelectionChanged);
    connect(scene, &GraphScene::nodeActivated, this, &GraphPanel::contactActivated);
    connect(scene, &GraphScene::nodeDragged, this, &GraphPanel::nodeDragged);
}

GraphPanel::~GraphPanel()
{
    // The scenes die with this widget's children, after this body: they must not call back.
    m_scene->disconnect(this);
    m_view->disconnect(this); // the scenes' deletion moves the view's scroll bars
    delete m_layouter; // it waits for its worker, whose result must not arrive late
}

void GraphPanel::createActions()
{
    m_actions = GraphToolBar::createActions(this);
    connect(m_actions.fit, &QAction::triggered, m_view, &GraphView::fitAll);
    connect(m_actions.zoomIn, &QAction::triggered, m_view, &GraphView::zoomIn);
    connect(m_actions.zoomOut, &QAction::triggered, m_view, &GraphView::zoomOut);
    // The overview is on until the user turns it off; their click is remembered.
    m_actions.overview->setChecked(QSettings().value(QStringLiteral("graph/overview"), true).toBool());
    m_view->setOverviewEnabled(m_actions.overview->isChecked());
    connect(m_actions.overview, &QAction::toggled, m_view, &GraphView::setOverviewEnabled);
    connect(m_actions.overview, &QAction::triggered, this,
        [](bool shown) { QSettings().setValue(QStringLiteral("graph/overview"), shown); });
    // Path To, Export and Print are connected by the window, which first brings this tab forward.
}

bool GraphPanel::isLayingOut() const
{
    return m_layouter->isBusy();
}

void GraphPanel::setSession(NetworkSession* session)
{
    m_session = session;
    m_layouter->reset();
    m_result = {};
    clearPath();
    m_scene->populate(m_result.graph, {}, {}, {});
    m_side->clearReach();
    m_summary->clear();
    m_fitPending = true;
    m_filters->forgetUnreferredChoice();
    if (!session)
        return;
    // Only a change to who is in the graph or how they are linked moves people: an edit of a
    // contact's name, stage or strength redraws their node where it stands.
    const auto schedule = [this] { m_layouter->schedule(); };
    connect(session->store(), &ContactStore::contactAdded, this, [this](qint64 id) {
        m_revealContact = id;
        m_layouter->schedule();
    });
    connect(session->store(), &ContactStore::contactChanged, this, &GraphPanel::contactEdited);
    connect(session->store(), &ContactStore::contactRemoved, this, schedule);
    connect(session->store(), &ContactStore::contactsReset, this, schedule);
    connect(session->links(), &ReferralStore::linksChanged, this, schedule);
    m_layouter->run();
}

std::optional<GraphJob> GraphPanel::makeJob() const
{
    if (!m_session)
        return std::nullopt;
    GraphJob job;
    job.databasePath = m_session->path();
    job.kind = m_toolBar->layoutKind();
    job.style = GraphStyle(palette(), font());
    job.filter = m_filters->filter(m_currentContact);
    job.unreferredBySize = !m_filters->unreferredChosen();
    return job;
}

void GraphPanel::contactEdited(qint64 contactId)
{
    const GraphNode* shown = m_result.graph.node(contactId);
    const std::optional<Contact> contact = m_session->store()->contact(contactId);
    // Not in the graph on screen yet (a layout is on its way), or gone: lay out again.
    if (!shown || !contact) {
        m_layouter->schedule();
        return;
    }
    const GraphNode node = ReferralGraph::nodeOf(*contact);
    if (node == *shown)
        return; // a meeting or follow-up of theirs changed, not what the graph shows
    // The tag, stage and organisation filters choose who is shown: an edit may move someone in or out.
    if (m_filters->filtersContacts()) {
        m_layouter->schedule();
        return;
    }
    m_layouter->markStale(); // a layout on its way read the contact before this edit
    const bool newChoices = node.tags != shown->tags || node.organization != shown->organization;
    const bool renamed = node.name != shown->name;
    m_result.graph.updateNode(node);
    m_scene->updateNode(node);
    if (newChoices) {
        GraphJob::collectChoices(m_result.graph, &m_result.tags, &m_result.organizations);
        m_filters->setChoices(m_result.tags, m_result.organizations);
    }
    if (renamed) {
        m_side->renameContact(contactId, node.name);
        m_toolBar->setNames(visibleNames());
    }
    if (!m_pathBar->text().isEmpty())
        m_paths->refresh(m_result.graph, *m_scene);
}

QStringList GraphPanel::visibleNames() const
{
    QStringList names;
    names.reserve(m_result.visible.nodes.size());
    for (const qint64 id : std::as_const(m_result.visible.nodes)) {
        if (id)
            names.append(m_result.graph.nameOf(id));
    }
    return names;
}

void GraphPanel::layoutFailed(const QString& error)
{
    m_toolBar->setBusy(false);
    if (!error.isEmpty())
        m_summary->setText(tr("The graph could not be drawn: %1").arg(error));
}

void GraphPanel::showBuiltScene()
{
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    GraphScene* old = m_scene;
    m_scene = m_layouter->takeScene();
    m_scene->setParent(this);
    // From here on, the data and the items on screen are the same graph.
    m_result = m_layouter->takeResult();
    m_shownLayout = m_layouter->resultLayout();
    connectScene(m_scene);
    m_syncing = true;
    m_view->showScene(m_scene);
    m_scene->selectContact(m_currentContact);
    m_syncing = false;
    old->disconnect(this);
    old->deleteLater();
    m_toolBar->setBusy(false);
    if (m_fitPending) {
        m_fitPending = false;
        m_view->showStart(m_result.layout.centres.value(0), m_toolBar->isLayered());
    } else {
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    }
    GraphNodeItem* added = m_revealContact ? m_scene->nodeItem(m_revealContact) : nullptr;
    if (added)
        m_view->reveal(added->sceneBoundingRect());
    // Kept only while another layout is due (their link may come with it): a filtered-out
    // person must not pull the view to them much later.
    if (added || !(m_layouter->isScheduled() || m_layouter->isWaiting()))
        m_revealContact = 0;
    // The side panel's lists are filled after the graph has painted, in a turn of their own.
    QTimer::singleShot(1, this, &GraphPanel::finishShowing);
}

void GraphPanel::finishShowing()
{
    if (!m_session)
        return;
    m_filters->setUnreferredDefault(GraphScope::showsUnreferredByDefault(m_result.graph));
    m_filters->setChoices(m_result.tags, m_result.organizations);
    m_side->setReach(m_result.graph, m_result.reach);
    m_toolBar->setNames(visibleNames());
    // A path asked for before the change is found again in the new graph.
    m_paths->refresh(m_result.graph, *m_scene);
    if (std::exchange(m_revealPath, false) && !m_paths->path().isEmpty())
        showPathInView();
    m_summary->setText(GraphFilterBar::summary(m_result.visible));
    emit graphShown();
    m_layouter->continueAfterShowing();
}

void GraphPanel::selectContact(qint64 contactId)
{
    m_currentContact = contactId;
    if (contactId && m_scene->selectedContact() == contactId)
        return; // already there (the list following a click in the graph): the view stays put
    m_syncing = true;
    m_scene->selectContact(contactId);
    m_syncing = false;
    if (GraphNodeItem* item = m_scene->nodeItem(contactId); item && contactId)
        m_view->centreOn(item->pos());
    if (m_filters->followsSelection())
        m_layouter->schedule(); // the neighbourhood follows the selection
}

bool GraphPanel::showPathTo(qint64 contactId)
{
    const bool found = m_paths->showTo(m_result.graph, *m_scene, contactId);
    if (found)
        presentPath();
    return found;
}

bool GraphPanel::showPathToOrganization(const QString& organization)
{
    const bool found = m_paths->showToOrganization(m_result.graph, *m_scene, organization);
    if (found)
        presentPath();
    return found;
}

void GraphPanel::presentPath()
{
    showPathInView();
    // The person at the end is who the user wants to reach: the list and editor show them.
    const qint64 target = m_paths->path().target();
    const bool moved = std::exchange(m_currentContact, target) != target;
    m_syncing = true;
    m_scene->selectContact(target);
    m_syncing = false;
    emit contactSelected(target);
    if (moved && m_filters->followsSelection()) {
        m_revealPath = true; // the neighbourhood moves to them: show the path again once it is drawn
        m_layouter->schedule();
    }
}

void GraphPanel::showPathInView()
{
    // Me first and the person it leads to last: when it is too long to show whole, its end is shown.
    QList<QRectF> chain;
    for (const qint64 id : m_paths->path().people()) {
        if (const GraphNodeItem* item = m_scene->nodeItem(id))
            chain.append(item->sceneBoundingRect());
    }
    m_view->showChain(chain);
}

QString GraphPanel::pathText() const
{
    return m_pathBar->text();
}

void GraphPanel::clearPath()
{
    m_revealPath = false;
    m_paths->clear(*m_scene);
}

bool GraphPanel::graphReady()
{
    if (m_session && !m_layouter->isWaiting() && !isLayingOut())
        return true;
    MessageBoxes::information(
        this, tr("Referral Graph"), tr("The graph is still being laid out. Try again in a moment."));
    return false;
}

void GraphPanel::choosePath()
{
    if (!graphReady())
        return;
    const WarmPathPresenter::Choice choice = m_paths->choose(m_result.graph, *m_scene, this);
    if (choice.found) {
        presentPath();
    } else if (choice.contact) { // no chain leads there: at least show where they are
        if (GraphNodeItem* item = m_scene->nodeItem(choice.contact))
            m_view->centreOn(item->pos());
    }
}

void GraphPanel::searchActivated()
{
    const QString text = m_toolBar->searchText();
    if (text.isEmpty())
        return;
    // The best name as the contact search ranks it (whole name, then a word's start...), blind to
    // accents and case as the search is: "sorensen" finds Sørensen. The first of equals wins.
    const QList<GraphNode>& nodes = m_result.graph.nodes();
    QStringList names;
    names.reserve(nodes.size());
    for (const GraphNode& node : nodes)
        names.append(node.name);
    const QList<qsizetype> best = SearchRanking::bestNameMatches(text, names);
    if (best.isEmpty()) {
        m_summary->setText(tr("Nobody called \"%1\"").arg(text));
        return;
    }
    const GraphNode* found = &nodes.at(best.first());
    if (!m_scene->nodeItem(found->id)) {
        m_summary->setText(tr("%1 is hidden by the filters").arg(found->name));
        return;
    }
    m_summary->setText(GraphFilterBar::summary(m_result.visible)); // no longer an earlier "Nobody called"
    selectContact(found->id);
    emit contactSelected(found->id);
}

void GraphPanel::exportImage()
{
    if (graphReady())
        GraphExportDialogs::exportImage(*m_scene, this);
}

void GraphPanel::print()
{
    if (graphReady())
        GraphExportDialogs::print(*m_scene, this);
}

void GraphPanel::nodeDragged(qint64 contactId, QPointF, QPointF to)
{
    if (!m_session)
        return;
    const std::optional<QPointF> before
        = m_result.pinned.contains(contactId) ? std::optional<QPointF>(m_result.pinned.value(contactId)) : std::nullopt;
    m_session->undoStack()->push(new PinNodeCommand(m_session->links(), m_shownLayout, contactId, before, to,
        m_result.graph.nameOf(contactId), [this](qint64 id, bool justDropped) { nodePlaced(id, justDropped); }));
    m_layouter->markStale(); // a layout on its way read the pins before this one
}

void GraphPanel::nodePlaced(qint64 contactId, bool justDropped)
{
    if (!justDropped) {
        m_layouter->run(); // the pins changed: the worker reads them again and draws everyone where they belong
        return;
    }
    if (GraphNodeItem* item = m_scene->nodeItem(contactId)) {
        item->setPinned(true);
        m_result.pinned.insert(contactId, item->pos());
    }
}

void GraphPanel::sceneSelectionChanged()
{
    // A screen reader hears who is selected: the name changes, and Qt announces that.
    const qint64 selectedId = m_scene->selectedContact();
    const GraphNodeItem* selected = selectedId ? m_scene->nodeItem(selectedId) : nullptr;
    m_view->setAccessibleName(
        selected ? tr("Referral graph, %1 selected").arg(selected->name()) : tr("Referral graph"));
    if (m_syncing)
        return;
    if (const qint64 id = m_scene->selectedContact()) {
        m_currentContact = id;
        emit contactSelected(id);
        if (m_filters->followsSelection())
            m_layouter->schedule();
    }
}

void GraphPanel::showNodeMenu(const QPoint& viewPosition)
{
    QGraphicsItem* item = m_view->itemAt(viewPosition);
    while (item && item->type() != GraphNodeItem::Type)
        item = item->parentItem();
    const auto* node = static_cast<GraphNodeItem*>(item);
    if (!node || !node->contactId() || !m_session)
        return;
    // The node may be replaced while the menu is open (a new layout arrives): keep only values.
    const qint64 id = node->contactId();
    const QString name = node->name();
    const bool pinned = m_result.pinned.contains(id);
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(name), this, [this, id] { emit contactActivated(id); });
    menu.addAction(tr("Path to %1").arg(name), this, [this, id] { showPathTo(id); });
    if (pinned) {
        const QPointF position = m_result.pinned.value(id);
        const QString layout = m_shownLayout;
        menu.addAction(tr("Let the Layout Place %1").arg(name), this, [this, id, name, position, layout] {
            m_session->undoStack()->push(new PinNodeCommand(m_session->links(), layout, id, position, std::nullopt,
                name, [this](qint64 contact, bool justDropped) { nodePlaced(contact, justDropped); }));
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(viewPosition));
}

void GraphPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setViewKeysWindowWide(true);
    m_layouter->runIfWaiting();
}

void GraphPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    setViewKeysWindowWide(false);
}

void GraphPanel::setViewKeysWindowWide(bool windowWide)
{
    // Right after Ctrl+3 the focus is still where it was (the contact list, say), outside this
    // panel: a shortcut bound to the panel's focus would wait for a click in the graph. While
    // the graph is hidden they stay bound to it, so Ctrl+0 and Ctrl+- do nothing elsewhere.
    // In the View menu too they act on the graph alone: greyed while another view is shown.
    for (QAction* action : {m_actions.fit, m_actions.zoomIn, m_actions.zoomOut}) {
        action->setShortcutContext(windowWide ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
        action->setEnabled(windowWide);
    }
}

void GraphPanel::updateZoomNote()
{
    m_zoomNote->setVisible(m_view->scene() && !m_view->scene()->sceneRect().isEmpty() && !m_view->isLegible());
}

void GraphPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_session) // light ↔ dark: colours come from the palette
        m_layouter->schedule();
}

} // namespace Rapport
