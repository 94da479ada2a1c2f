// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainViews.h"

#include "ContactEditor.h"
#include "ContactFilterBar.h"
#include "ContactListView.h"
#include "EmptyStateWidget.h"
#include "GraphPanel.h"
#include "MainWindow.h"
#include "MeetingsPanel.h"
#include "TodayPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace Rapport {

// The texts keep MainWindow's translation context (MainWindow::tr): they came from there, and the
// shipped translations know them there.

MainViews::MainViews(QWidget* parent)
    : QStackedWidget(parent)
{
    m_emptyState = new EmptyStateWidget(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* listPane = new QWidget(m_splitter);
    listPane->setObjectName(QStringLiteral("contactsPane"));
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 6);
    m_filterBar = new ContactFilterBar(listPane);
    m_onlyBar = new QWidget(listPane);
    auto* onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setTextFormat(Qt::PlainText);
    m_onlyLabel->setWordWrap(true); // a long file name must not push "Show All Contacts" away
    auto* showAll = new QPushButton(MainWindow::tr("Show All Contacts"), m_onlyBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(showAll);
    m_onlyBar->hide();
    connect(showAll, &QPushButton::clicked, this, &MainViews::showAllRequested);
    m_list = new ContactListView(listPane);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_onlyBar);
    listLayout->addWidget(m_list);
    m_views = new QTabWidget(m_splitter);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_today = new TodayPanel(m_views);
    m_views->addTab(m_today, MainWindow::tr("Today"));
    m_views->addTab(listPane, MainWindow::tr("Contacts"));
    m_graph = new GraphPanel(m_views);
    m_views->addTab(m_graph, MainWindow::tr("Referral Graph"));
    m_meetings = new MeetingsPanel(MeetingsPanel::Mode::Meetings, m_views);
    m_views->addTab(m_meetings, MainWindow::tr("Meetings"));
    m_careerPaths = new MeetingsPanel(MeetingsPanel::Mode::CareerPaths, m_views);
    m_views->addTab(m_careerPaths, MainWindow::tr("Career Paths"));
    m_contactsPane = listPane;
    m_editor = new ContactEditor(m_splitter);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_editor);
    // A wider window widens the views (the graph most of all), not the form.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false); // hidden with View ▸ Contact Editor, not dragged to nothing
    connect(m_views, &QTabWidget::currentChanged, this, &MainViews::updateEditorVisibility);
    updateEditorVisibility();

    addWidget(m_emptyState);
    addWidget(m_splitter);
}

void MainViews::showOnlyBar(const QString& description)
{
    m_onlyLabel->setText(description);
    m_onlyBar->show();
}

void MainViews::hideOnlyBar()
{
    m_onlyBar->hide();
}

void MainViews::setEditorAction(QAction* toggle)
{
    m_editorAction = toggle;
    connect(toggle, &QAction::toggled, this, &MainViews::updateEditorVisibility);
    updateEditorVisibility();
}

bool MainViews::viewHoldsEditor() const
{
    return m_views->currentWidget() == m_contactsPane || m_views->currentWidget() == m_graph;
}

void MainViews::revealEditor()
{
    if (!viewHoldsEditor())
        m_views->setCurrentWidget(m_contactsPane);
    if (m_editorAction)
        m_editorAction->setChecked(true);
    updateEditorVisibility();
}

void MainViews::updateEditorVisibility()
{
    const bool shown = viewHoldsEditor() && (!m_editorAction || m_editorAction->isChecked());
    if (shown != m_editor->isHidden())
        return;
    if (!shown) {
        if (m_editor->isAncestorOf(focusWidget()))
            m_editor->commitEdits(); // a half-typed field is saved before it leaves the screen
        if (m_splitter->sizes().value(1) > 0)
            m_editorWidth = m_splitter->sizes().value(1);
        m_editor->hide();
        return;
    }
    m_editor->show();
    // A splitter gives a widget that was hidden when it was laid out no width at all.
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.value(1) < m_editor->minimumSizeHint().width() && total > 0) {
        // On a window too narrow for both, the editor still gets its minimum (qBound needs min <= max).
        const int least = m_editor->minimumSizeHint().width();
        const int width
            = qBound(least, m_editorWidth > 0 ? m_editorWidth : total * 35 / 100, qMax(least, total * 2 / 5));
        m_splitter->setSizes({total - width, width});
    }
}

void MainViews::restoreLayout(const QSettings& settings, int width)
{
    m_defaultSplitPending
        = !m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    if (m_defaultSplitPending)
        splitByDefault(width);
    else
        m_editorWidth = m_splitter->sizes().value(1) > 0 ? m_splitter->sizes().value(1) : width * 35 / 100;
    // The home page is Today, unless the user left another view open.
    const QString view = settings.value(QStringLiteral("MainWindow/currentView")).toString();
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->widget(i)->objectName() == view)
            m_views->setCurrentIndex(i);
    }
    if (m_editorAction)
        m_editorAction->setChecked(settings.value(QStringLiteral("MainWindow/editorShown"), true).toBool());
    updateEditorVisibility(); // the splitter's state may have hidden it
}

void MainViews::splitByDefault(int width)
{
    m_splitter->setSizes({width * 65 / 100, width * 35 / 100}); // the graph keeps most of the width
    m_editorWidth = width * 35 / 100;
}

void MainViews::showEvent(QShowEvent* event)
{
    QStackedWidget::showEvent(event);
    // A window built at one size and shown at another (resized or maximised before it appears)
    // splits the width it really has: the editor keeps its width when the window grows later.
    if (std::exchange(m_defaultSplitPending, false) && width() > 0)
        splitByDefault(width()); // the splitter fills this stack, welcome page or not
}

void MainViews::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/currentView"), m_views->currentWidget()->objectName());
    if (m_editorAction)
        settings.setValue(QStringLiteral("MainWindow/editorShown"), m_editorAction->isChecked());
}

} // namespace Rapport
