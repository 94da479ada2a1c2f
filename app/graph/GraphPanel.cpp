// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphPanel.h"

#include "GraphExport.h"
#include "GraphNodeItem.h"
#include "GraphPaths.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LinkCommands.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PathDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Rapport {

namespace {

const QString kLayoutSetting = QStringLiteral("graph/layout");

enum ReachColumn { ReachPerson, ReachDirect, ReachTotal };

} // namespace

GraphPanel::GraphPanel(QWidget* parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(this))
    , m_relayoutTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("graphPanel"));
    m_view->setScene(m_scene);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(300);
    connect(m_relayoutTimer, &QTimer::timeout, this, &GraphPanel::relayout);
    createActions();

    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("graphSplitter"));
    auto* main = new QWidget(splitter);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(6, 6, 0, 6);
    mainLayout->addWidget(createToolbar());
    mainLayout->addWidget(createFilters());
    mainLayout->addWidget(m_view, 1);
    // What is shown, or why not, under the graph: wrapped, so a long message never widens the window.
    m_summary = new QLabel(main);
    m_summary->setObjectName(QStringLiteral("graphSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    mainLayout->addWidget(m_summary);
    splitter->addWidget(main);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&m_watcher, &QFutureWatcher<GraphJob::Result>::finished, this, &GraphPanel::layoutFinished);
    connectScene(m_scene);
    connect(m_view, &QWidget::customContextMenuRequested, this, &GraphPanel::showNodeMenu);
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
    delete m_building;
    m_watcher.waitForFinished(); // the worker holds only copies, but its result must not arrive late
}

void GraphPanel::createActions()
{
    const auto action = [this](const QString& text, const char* name, const QKeySequence& shortcut, const char* icon) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        a->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        return a;
    };
    m_fitAction = action(tr("&Fit Graph to Window"), "fitGraphAction", QKeySequence(tr("Ctrl+0")), "zoom-fit-best");
    m_zoomInAction = action(tr("Zoom &In"), "zoomInAction", QKeySequence::ZoomIn, "zoom-in");
    m_zoomOutAction = action(tr("Zoom &Out"), "zoomOutAction", QKeySequence::ZoomOut, "zoom-out");
    m_pathAction = action(tr("&Path To…"), "pathAction", QKeySequence(tr("Ctrl+Shift+P")), "go-jump");
    m_exportAction
        = action(tr("&Export Graph…"), "exportGraphAction", QKeySequence(tr("Ctrl+Shift+E")), "document-export");
    m_printAction = action(tr("&Print Graph…"), "printGraphAction", {}, "document-print");
    connect(m_fitAction, &QAction::triggered, m_view, &GraphView::fitAll);
    connect(m_zoomInAction, &QAction::triggered, m_view, &GraphView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &GraphView::zoomOut);
    // Path To, Export and Print are connected by the window, which first brings this tab forward.
}

// A tool bar rather than a row of widgets: when the window is narrow (a laptop at 200%), what
// does not fit moves behind the bar's » button instead of widening the window.
QToolBar* GraphPanel::toolBar(const QString& name, const QString& title)
{
    auto* bar = new QToolBar(title, this);
    bar->setObjectName(name);
    bar->setAccessibleName(title);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return bar;
}

QToolBar* GraphPanel::createToolbar()
{
    auto* bar = toolBar(QStringLiteral("graphToolBar"), tr("Graph tools"));
    m_layout = new QComboBox(bar);
    m_layout->setObjectName(QStringLiteral("graphLayoutCombo"));
    m_layout->addItem(tr("Layered"), int(GraphLayoutKind::Layered));
    m_layout->addItem(tr("Force"), int(GraphLayoutKind::Force));
    m_layout->setToolTip(tr("Layered: each referral one step further from you. Force: people who know each other "
                            "drawn close together."));
    m_layout->setAccessibleName(tr("Layout"));
    m_layout->setCurrentIndex(QSettings().value(kLayoutSetting).toString() == QLatin1String("force") ? 1 : 0);
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(
            kLayoutSetting, m_layout->currentIndex() == 1 ? QStringLiteral("force") : QStringLiteral("layered"));
        m_fitPending = true;
        relayout();
    });
    auto* layoutLabel = new QLabel(tr("&Layout:"), bar);
    layoutLabel->setBuddy(m_layout);

    // Short faces keep the bar narrow; the actions' full names are in the tooltips and the View menu.
    const auto toolButton = [bar](QAction* action, const QString& face) {
        auto* button = new QToolButton(bar);
        button->setText(face);
        button->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
            + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find a person"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setMinimumWidth(80);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphPanel::searchActivated);
    // Names complete as the user types; picking one goes straight to that person.
    m_searchNames = new QStringListModel(this);
    auto* completer = new QCompleter(m_searchNames, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_search->setText(name);
        searchActivated();
    });

    auto* pathButton = new QPushButton(m_pathAction->text().remove(QLatin1Char('&')), bar);
    pathButton->setObjectName(QStringLiteral("pathButton"));
    pathButton->setToolTip(tr("The shortest chain of introductions from you to a person or an organisation (%1)")
                               .arg(m_pathAction->shortcut().toString(QKeySequence::NativeText)));
    connect(pathButton, &QPushButton::clicked, m_pathAction, &QAction::trigger);
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(m_exportAction);
    exportMenu->addAction(m_printAction);
    exportButton->setMenu(exportMenu);

    m_busy = new QProgressBar(bar);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(60);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Laying out the graph"));
    m_busy->hide();

    bar->addWidget(layoutLabel);
    bar->addWidget(m_layout);
    bar->addWidget(toolButton(m_zoomOutAction, QStringLiteral("−")));
    bar->addWidget(toolButton(m_zoomInAction, QStringLiteral("+")));
    bar->addWidget(toolButton(m_fitAction, tr("Fit")));
    bar->addWidget(m_search);
    bar->addWidget(pathButton);
    bar->addWidget(exportButton);
    bar->addWidget(m_busy);
    return bar;
}

QToolBar* GraphPanel::createFilters()
{
    auto* bar = toolBar(QStringLiteral("graphFilterBar"), tr("Graph filters"));
    const auto combo = [bar](const char* name, const QString& accessibleName) {
        auto* box = new QComboBox(bar);
        box->setObjectName(QString::fromLatin1(name));
        box->setAccessibleName(accessibleName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12); // "All organisations" and its translations
        return box;
    };
    m_tagFilter = combo("graphTagFilter", tr("Tag"));
    m_stageFilter = combo("graphStageFilter", tr("Stage"));
    m_organizationFilter = combo("graphOrganizationFilter", tr("Organisation"));
    m_stageFilter->addItem(tr("All stages"));
    for (const Stage stage : allStages())
        m_stageFilter->addItem(stageLabel(stage), stageKey(stage));
    m_hops = new QSpinBox(bar);
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(0, 6);
    m_hops->setSpecialValueText(tr("everyone"));
    m_hops->setSuffix(tr(" steps"));
    m_hops->setAccessibleName(tr("Only people within this many links of the selected contact"));
    m_hops->setToolTip(m_hops->accessibleName());
    auto* hopsLabel = new QLabel(tr("&Near:"), bar);
    hopsLabel->setBuddy(m_hops);
    m_showUnreferred = new QCheckBox(tr("&Unlinked"), bar);
    m_showUnreferred->setObjectName(QStringLiteral("graphShowUnreferred"));
    m_showUnreferred->setToolTip(
        tr("Show contacts nobody referred and who know no one in the network, hanging off you"));

    for (QComboBox* box : {m_tagFilter, m_stageFilter, m_organizationFilter})
        connect(box, &QComboBox::activated, this, &GraphPanel::relayout);
    connect(m_hops, &QSpinBox::valueChanged, this, &GraphPanel::scheduleRelayout);
    connect(m_showUnreferred, &QCheckBox::clicked, this, [this] {
        m_unreferredChosen = true;
        relayout();
    });

    bar->addWidget(m_tagFilter);
    bar->addWidget(m_stageFilter);
    bar->addWidget(m_organizationFilter);
    bar->addWidget(hopsLabel);
    bar->addWidget(m_hops);
    bar->addWidget(m_showUnreferred);
    return bar;
}

QWidget* GraphPanel::createSidePanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 6, 6);

    m_pathBox = new QGroupBox(tr("Warm path"), panel);
    m_pathBox->setObjectName(QStringLiteral("pathBox"));
    auto* pathLayout = new QVBoxLayout(m_pathBox);
    // A read-only text box rather than a label: it wraps reliably and can be copied from.
    m_pathText = new QPlainTextEdit(m_pathBox);
    m_pathText->setObjectName(QStringLiteral("pathText"));
    m_pathText->setReadOnly(true);
    m_pathText->setMinimumHeight(130);
    m_pathText->setAccessibleName(tr("Warm path"));
    auto* clear = new QPushButton(tr("Clear Path"), m_pathBox);
    connect(clear, &QPushButton::clicked, this, &GraphPanel::clearPath);
    pathLayout->addWidget(m_pathText);
    pathLayout->addWidget(clear, 0, Qt::AlignRight);
    m_pathBox->hide();

    auto* reachTitle = new QLabel(tr("<b>Who opened doors</b>"), panel);
    reachTitle->setWordWrap(true); // a longer title in other languages wraps rather than being cut
    m_reach = new QTreeWidget(panel);
    m_reach->setObjectName(QStringLiteral("reachList"));
    m_reach->setRootIsDecorated(false);
    m_reach->setUniformRowHeights(true);
    m_reach->setHeaderLabels({tr("Person"), tr("Led to"), tr("In all")});
    m_reach->headerItem()->setToolTip(ReachDirect, tr("People they referred you to themselves"));
    m_reach->headerItem()->setToolTip(ReachTotal, tr("Everyone you reached through them, down every chain"));
    m_reach->header()->setSectionResizeMode(ReachPerson, QHeaderView::Stretch);
    m_reach->header()->setSectionResizeMode(ReachDirect, QHeaderView::ResizeToContents);
    m_reach->header()->setSectionResizeMode(ReachTotal, QHeaderView::ResizeToContents);
    m_reach->header()->setStretchLastSection(false);
    m_reach->setSortingEnabled(true);
    m_reach->setAccessibleName(tr("Who opened doors: how many people each contact led you to"));
    reachTitle->setBuddy(m_reach);
    connect(m_reach, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(ReachPerson, Qt::UserRole).toLongLong();
        selectContact(id);
        emit contactSelected(id);
    });
    connect(m_reach, &QTreeWidget::itemClicked, m_reach, &QTreeWidget::itemActivated);

    // The legend: stage names next to their colours, so colour is never the only clue.
    m_legend = new QLabel(panel);
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    m_legend->setWordWrap(true);
    refreshLegend();

    layout->addWidget(m_pathBox);
    layout->addWidget(reachTitle);
    layout->addWidget(m_reach, 1);
    layout->addWidget(m_legend);
    panel->setMinimumWidth(160);
    return panel;
}

void GraphPanel::refreshLegend()
{
    const GraphStyle style(palette(), font());
    QString html = tr("<b>Stages</b>") + QStringLiteral("<br>");
    for (const Stage stage : allStages()) {
        html += QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2<br>")
                    .arg(style.stageBorder(stage).name(), stageLabel(stage).toHtmlEscaped());
    }
    html += tr("Thicker border: stronger relationship.<br>Arrow: referred you to. Dashed: know each other. Dotted: you "
               "reached them yourself.");
    m_legend->setText(html);
}

void GraphPanel::setSession(NetworkSession* session)
{
    m_session = session;
    m_pending = {};
    ++m_generation;
    delete m_building;
    m_building = nullptr;
    m_result = {};
    clearPath();
    m_scene->populate(m_result.graph, {}, {}, {});
    m_reach->clear();
    m_summary->clear();
    m_fitPending = true;
    m_unreferredChosen = false;
    if (!session)
        return;
    connect(session->store(), &ContactStore::contactAdded, this, &GraphPanel::scheduleRelayout);
    connect(session->store(), &ContactStore::contactChanged, this, &GraphPanel::scheduleRelayout);
    connect(session->store(), &ContactStore::contactRemoved, this, &GraphPanel::scheduleRelayout);
    connect(session->store(), &ContactStore::contactsReset, this, &GraphPanel::scheduleRelayout);
    connect(session->links(), &ReferralStore::linksChanged, this, &GraphPanel::scheduleRelayout);
    relayout();
}

void GraphPanel::scheduleRelayout()
{
    m_relayoutTimer->start();
}

void GraphPanel::relayout()
{
    m_relayoutTimer->stop();
    if (!m_session)
        return;
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_watcher.isRunning()) {
        m_rerun = true;
        return;
    }
    m_dirty = false;
    GraphJob job;
    job.databasePath = m_session->path();
    job.kind = GraphLayoutKind(m_layout->currentData().toInt());
    m_jobLayout = layoutKey(job.kind);
    job.style = GraphStyle(palette(), font());
    job.filter.tag = m_tagFilter->currentIndex() > 0 ? m_tagFilter->currentText() : QString();
    Stage stage;
    if (m_stageFilter->currentIndex() > 0 && stageFromKey(m_stageFilter->currentData().toString(), &stage))
        job.filter.stage = stage;
    job.filter.organization
        = m_organizationFilter->currentIndex() > 0 ? m_organizationFilter->currentText() : QString();
    job.filter.focusId = m_currentContact;
    job.filter.hops = m_hops->value();
    job.filter.showUnreferred = m_showUnreferred->isChecked();
    job.unreferredBySize = !m_unreferredChosen;
    m_busy->show();
    m_jobGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([job] { return job.run(); }));
}

void GraphPanel::layoutFinished()
{
    GraphJob::Result result = m_watcher.result();
    if (m_rerun || !m_session || m_jobGeneration != m_generation) { // already out of date
        m_rerun = false;
        m_busy->hide();
        relayout();
        return;
    }
    if (!result.error.isEmpty()) {
        m_busy->hide();
        m_summary->setText(tr("The graph could not be drawn: %1").arg(result.error));
        return;
    }
    m_pending = std::move(result);
    m_pendingLayout = m_jobLayout;
    delete m_building;
    m_building = new GraphScene(this);
    m_building->setStyle(GraphStyle(palette(), font()));
    m_building->beginPopulate(m_pending.graph, m_pending.visible, m_pending.layout, m_pending.pinned);
    buildStep();
}

void GraphPanel::buildStep()
{
    // A few milliseconds of work per turn of the event loop: thousands of items never freeze the window.
    constexpr int kItemsPerStep = 300;
    if (!m_building)
        return;
    if (!m_building->populateStep(kItemsPerStep)) {
        QTimer::singleShot(1, this, &GraphPanel::buildStep);
        return;
    }
    showBuiltScene();
}

void GraphPanel::showBuiltScene()
{
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    GraphScene* old = m_scene;
    m_scene = m_building;
    m_building = nullptr;
    // From here on, the data and the items on screen are the same graph.
    m_result = std::move(m_pending);
    m_pending = {};
    m_shownLayout = m_pendingLayout;
    connectScene(m_scene);
    m_syncing = true;
    m_view->setScene(m_scene);
    m_scene->selectContact(m_currentContact);
    m_syncing = false;
    old->disconnect(this);
    old->deleteLater();
    m_busy->hide();
    if (m_fitPending) {
        m_fitPending = false;
        m_view->showStart(m_result.layout.centres.value(0), m_layout->currentIndex() == 0);
    } else {
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    }
    // The side panel's lists are filled after the graph has painted, in a turn of their own.
    QTimer::singleShot(1, this, &GraphPanel::finishShowing);
}

void GraphPanel::finishShowing()
{
    if (!m_session)
        return;
    if (!m_unreferredChosen)
        m_showUnreferred->setChecked(GraphScope::showsUnreferredByDefault(m_result.graph));
    refreshFilterChoices();
    refreshReach();
    QStringList names;
    names.reserve(m_result.visible.nodes.size());
    for (const qint64 id : std::as_const(m_result.visible.nodes)) {
        if (id)
            names.append(m_result.graph.nameOf(id));
    }
    m_searchNames->setStringList(names);
    // A path asked for before the change is found again in the new graph.
    if (m_pathContact)
        showPathTo(m_pathContact);
    else if (!m_pathOrganization.isEmpty())
        showPathToOrganization(m_pathOrganization);
    QString summary = tr("%n people", nullptr, int(m_result.visible.nodes.size() - 1));
    if (m_result.visible.hiddenUnreferred > 0)
        summary += QLatin1Char(' ') + tr("(%n unlinked not shown)", nullptr, m_result.visible.hiddenUnreferred);
    if (m_result.visible.unlinkedOff > 0) {
        summary += QLatin1Char(' ')
            + tr("(%n with no links not shown: tick Unlinked to see them)", nullptr, m_result.visible.unlinkedOff);
    }
    if (m_result.visible.hiddenLinked > 0) {
        summary += QLatin1Char(' ')
            + tr("(%n more, further from you, not shown: filter by tag, stage or organisation, or show the "
                 "people near one contact)",
                nullptr, m_result.visible.hiddenLinked);
    }
    m_summary->setText(summary);
    emit graphShown();
    if (m_rerun) { // a change arrived while the items were being made
        m_rerun = false;
        relayout();
    }
}

void GraphPanel::refreshFilterChoices()
{
    const auto refill = [](QComboBox* box, const QString& all, const QStringList& items) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        box->addItems(items);
        box->setCurrentIndex(qMax(0, box->findText(current)));
    };
    refill(m_tagFilter, tr("All tags"), m_result.tags);
    refill(m_organizationFilter, tr("All organisations"), m_result.organizations);
}

void GraphPanel::refreshReach()
{
    m_reach->setSortingEnabled(false);
    m_reach->clear();
    // The doors that opened most: in a huge network, a list of everyone who referred anyone
    // would be tens of thousands of rows built on the UI thread, and nobody reads past the top.
    constexpr qsizetype kShown = 300;
    QList<std::pair<qint64, Reach>> doors;
    doors.reserve(m_result.reach.size());
    for (auto it = m_result.reach.cbegin(); it != m_result.reach.cend(); ++it)
        doors.append({it.key(), it.value()});
    const auto widest = [](const auto& a, const auto& b) {
        return a.second.total != b.second.total ? a.second.total > b.second.total : a.first < b.first;
    };
    if (doors.size() > kShown) {
        std::partial_sort(doors.begin(), doors.begin() + kShown, doors.end(), widest);
        doors.resize(kShown);
    }
    for (const auto& [id, reach] : std::as_const(doors)) {
        auto* item = new QTreeWidgetItem(m_reach);
        item->setText(ReachPerson, m_result.graph.nameOf(id));
        item->setData(ReachPerson, Qt::UserRole, id);
        item->setData(ReachDirect, Qt::DisplayRole, reach.direct);
        item->setData(ReachTotal, Qt::DisplayRole, reach.total);
        item->setTextAlignment(ReachDirect, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ReachTotal, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_reach->setSortingEnabled(true);
    m_reach->sortByColumn(ReachTotal, Qt::DescendingOrder);
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
    if (m_hops->value() > 0)
        scheduleRelayout(); // the neighbourhood follows the selection
}

bool GraphPanel::showPathTo(qint64 contactId)
{
    m_pathContact = contactId;
    m_pathOrganization.clear();
    const WarmPath path = GraphPaths::to(m_result.graph, contactId);
    showPath(path, m_result.graph.nameOf(contactId));
    return !path.isEmpty();
}

bool GraphPanel::showPathToOrganization(const QString& organization)
{
    m_pathContact = 0;
    m_pathOrganization = organization;
    const WarmPath path = GraphPaths::toOrganization(m_result.graph, organization);
    showPath(path, organization);
    return !path.isEmpty();
}

void GraphPanel::showPath(const WarmPath& path, const QString& target)
{
    m_path = path;
    m_pathBox->show();
    if (path.isEmpty()) {
        m_scene->clearHighlight();
        m_pathText->setPlainText(tr("No chain of introductions leads from you to %1 yet.").arg(target));
        return;
    }
    QStringList lines {GraphPaths::chainText(m_result.graph, path), QString()};
    if (!m_pathOrganization.isEmpty())
        lines.prepend(tr("Nearest at %1:").arg(target));
    for (const PathStep& step : path.steps)
        lines.append(QStringLiteral("• ") + GraphPaths::stepText(m_result.graph, step));
    // Someone on the chain may be hidden by the filters: say so rather than draw half of it.
    const QList<qint64> people = path.people();
    const bool allShown
        = std::all_of(people.cbegin(), people.cend(), [this](qint64 id) { return m_scene->nodeItem(id) != nullptr; });
    if (!allShown)
        lines.append(tr("Part of this chain is hidden by the filters."));
    m_pathText->setPlainText(lines.join(QLatin1Char('\n')));
    m_scene->highlightPath(path);
}

QString GraphPanel::pathText() const
{
    return m_pathBox->isVisible() ? m_pathText->toPlainText() : QString();
}

void GraphPanel::clearPath()
{
    m_path = {};
    m_pathContact = 0;
    m_pathOrganization.clear();
    m_pathBox->hide();
    m_scene->clearHighlight();
}

bool GraphPanel::graphReady()
{
    if (m_session && !m_dirty && !isLayingOut())
        return true;
    MessageBoxes::information(
        this, tr("Referral Graph"), tr("The graph is still being laid out. Try again in a moment."));
    return false;
}

void GraphPanel::choosePath()
{
    if (!graphReady())
        return;
    PathDialog dialog(m_result.graph, m_scene->selectedContact(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.toOrganization()) {
        const QStringList organizations = GraphPaths::organizationsNamed(m_result.graph, dialog.typedText());
        if (organizations.size() == 1) {
            showPathToOrganization(organizations.first());
        } else if (!dialog.typedText().isEmpty()) {
            MessageBoxes::information(this, tr("Path To"),
                organizations.isEmpty()
                    ? tr("Nobody in the network works at \"%1\".").arg(dialog.typedText())
                    : tr("\"%1\" could be any of these organisations:\n%2")
                          .arg(dialog.typedText(), organizations.mid(0, 12).join(QLatin1Char('\n'))));
        }
    } else if (const qint64 id = dialog.contactId()) {
        showPathTo(id);
        if (GraphNodeItem* item = m_scene->nodeItem(id))
            m_view->centreOn(item->pos());
    } else {
        const QStringList people = dialog.candidates();
        MessageBoxes::information(this, tr("Path To"),
            people.isEmpty() ? tr("Nobody is called \"%1\".").arg(dialog.typedText())
                             : tr("\"%1\" could be any of these people; choose one from the list:\n%2")
                                   .arg(dialog.typedText(), people.mid(0, 12).join(QLatin1Char('\n'))));
    }
}

void GraphPanel::searchActivated()
{
    const QString text = m_search->text().simplified();
    if (text.isEmpty())
        return;
    // An exact name first, then the first name that contains what was typed.
    const GraphNode* found = nullptr;
    for (const GraphNode& node : m_result.graph.nodes()) {
        if (node.name.compare(text, Qt::CaseInsensitive) == 0) {
            found = &node;
            break;
        }
        if (!found && node.name.contains(text, Qt::CaseInsensitive))
            found = &node;
    }
    if (!found) {
        m_summary->setText(tr("Nobody called \"%1\"").arg(text));
        return;
    }
    if (!m_scene->nodeItem(found->id)) {
        m_summary->setText(tr("%1 is hidden by the filters").arg(found->name));
        return;
    }
    selectContact(found->id);
    emit contactSelected(found->id);
}

void GraphPanel::exportImage()
{
    if (!graphReady())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"),
        folder + QStringLiteral("/referral-graph.png"), tr("PNG image (*.png);;SVG image (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (!GraphExport::write(*m_scene, path, &error))
        MessageBoxes::warning(this, tr("Export Graph"), error);
}

void GraphPanel::print()
{
    if (!graphReady())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Graph"));
    if (dialog.exec() == QDialog::Accepted)
        GraphExport::print(*m_scene, &printer);
}

void GraphPanel::nodeDragged(qint64 contactId, QPointF, QPointF to)
{
    if (!m_session)
        return;
    const std::optional<QPointF> before
        = m_result.pinned.contains(contactId) ? std::optional<QPointF>(m_result.pinned.value(contactId)) : std::nullopt;
    m_session->undoStack()->push(new PinNodeCommand(m_session->links(), m_shownLayout, contactId, before, to,
        m_result.graph.nameOf(contactId), [this](qint64 id, bool justDropped) { nodePlaced(id, justDropped); }));
    if (isLayingOut())
        m_rerun = true; // the layout on its way read the pins before this one
}

void GraphPanel::nodePlaced(qint64 contactId, bool justDropped)
{
    if (!justDropped) {
        relayout(); // the pins changed: the worker reads them again and draws everyone where they belong
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
        if (m_hops->value() > 0)
            scheduleRelayout();
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
    if (!m_splitterSized) { // once there is a width to share: the side panel gets a readable width
        m_splitterSized = true;
        if (!m_splitter->restoreState(QSettings().value(QStringLiteral("graph/splitter")).toByteArray()))
            m_splitter->setSizes({qMax(300, width() - 320), 320});
        connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("graph/splitter"), m_splitter->saveState()); });
    }
    if (m_dirty)
        relayout();
}

void GraphPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // light ↔ dark: colours come from the palette
        refreshLegend();
        if (m_session)
            scheduleRelayout();
    }
}

} // namespace Rapport
