// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GraphToolBar.h"

#include "FoldedNameCompleter.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QToolButton>

namespace Rapport {

namespace {

const QString kLayoutSetting = QStringLiteral("graph/layout");

} // namespace

void setUpGraphBar(QToolBar* bar, const QString& name, const QString& title)
{
    bar->setWindowTitle(title);
    bar->setObjectName(name);
    bar->setAccessibleName(title);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

GraphToolBar::GraphToolBar(const GraphActions& actions, QWidget* parent)
    : QToolBar(parent)
{
    setUpGraphBar(this, QStringLiteral("graphToolBar"), tr("Graph tools"));
    m_layout = new QComboBox(this);
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
        emit layoutChanged();
    });
    auto* layoutLabel = new QLabel(tr("Layout:"), this);
    layoutLabel->setBuddy(m_layout);

    // Short faces keep the bar narrow; the actions' full names are in the tooltips and the View menu.
    const auto toolButton = [this](QAction* action, const QString& face) {
        auto* button = new QToolButton(this);
        button->setText(face);
        button->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
            + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find a person"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a person"));
    // Room for a name, with the clear button beside it; the placeholder may be cut in a narrow bar
    // (the tooltip says it whole) before the bar's last buttons go behind its ».
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 14 + 30);
    m_search->setMaximumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 44);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphToolBar::searchRequested);
    // Names complete as the user types; picking one goes straight to that person.
    m_searchNames = new QStringListModel(this);
    auto* completer = new FoldedNameCompleter(m_searchNames, m_search);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_search->setText(name);
        emit searchRequested();
    });

    auto* pathButton = new QPushButton(actions.path->text().remove(QLatin1Char('&')), this);
    pathButton->setObjectName(QStringLiteral("pathButton"));
    pathButton->setToolTip(tr("The shortest chain of introductions from you to a person or an organisation (%1)")
                               .arg(actions.path->shortcut().toString(QKeySequence::NativeText)));
    connect(pathButton, &QPushButton::clicked, actions.path, &QAction::trigger);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(actions.exportImage);
    exportMenu->addAction(actions.print);
    exportButton->setMenu(exportMenu);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(60);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Laying out the graph"));
    m_busy->hide();

    auto* fitButton = toolButton(actions.fit, tr("Fit"));
    fitButton->setObjectName(QStringLiteral("fitButton"));
    m_search->setToolTip(tr("Find a person in the graph by name"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Save the graph as an image or print it"));
    addWidget(toolButton(actions.zoomOut, QStringLiteral("−")));
    addWidget(toolButton(actions.zoomIn, QStringLiteral("+")));
    addWidget(fitButton);
    addWidget(m_search);
    addWidget(pathButton);
    addWidget(exportButton);
    addSeparator();
    addWidget(layoutLabel);
    addWidget(m_layout);
    addAction(actions.overview);
    addAction(actions.sidePanel);
    addWidget(m_busy);
}

GraphActions GraphToolBar::createActions(QObject* owner)
{
    const auto action = [owner](const QString& text, const char* name, const QKeySequence& shortcut, const char* icon) {
        auto* a = new QAction(text, owner);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        a->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        return a;
    };
    GraphActions actions;
    actions.fit = action(tr("&Fit Graph to Window"), "fitGraphAction", QKeySequence(tr("Ctrl+0")), "zoom-fit-best");
    actions.zoomIn = action(tr("Zoom &In"), "zoomInAction", QKeySequence::ZoomIn, "zoom-in");
    actions.zoomOut = action(tr("Zoom &Out"), "zoomOutAction", QKeySequence::ZoomOut, "zoom-out");
    actions.path = action(tr("&Path To…"), "pathAction", QKeySequence(tr("Ctrl+Shift+P")), "go-jump");
    actions.exportImage
        = action(tr("&Export Graph…"), "exportGraphAction", QKeySequence(tr("Ctrl+Shift+E")), "document-export");
    actions.print = action(tr("Pri&nt Graph…"), "printGraphAction", {}, "document-print");
    actions.overview = action(tr("Show &Overview"), "graphOverviewAction", {}, "");
    actions.overview->setIconText(tr("Overview"));
    actions.overview->setToolTip(tr("A small map of the whole graph when part of it is off screen"));
    actions.overview->setCheckable(true);
    actions.sidePanel = action(tr("Show &Side Panel"), "graphSidePanelAction", {}, "");
    actions.sidePanel->setIconText(tr("Side Panel"));
    actions.sidePanel->setToolTip(tr("Who opened doors and the legend, beside the graph"));
    actions.sidePanel->setCheckable(true);
    return actions;
}

GraphLayoutKind GraphToolBar::layoutKind() const
{
    return GraphLayoutKind(m_layout->currentData().toInt());
}

void GraphToolBar::setNames(const QStringList& names)
{
    m_searchNames->setStringList(names);
}

QString GraphToolBar::searchText() const
{
    return m_search->text().simplified();
}

void GraphToolBar::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace Rapport
