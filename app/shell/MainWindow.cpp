// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Longer than most files: it is the wiring between the window's parts (MainMenus, MainViews,
// ContactListController, ContactActions, MeetingWindows, the import, export and backup
// controllers) and the opening and closing of networks that they all follow; each part's own work
// is in its class.
#include "MainWindow.h"

#include "BackupRestorer.h"
#include "ContactActions.h"
#include "ContactActivity.h"
#include "ContactEditor.h"
#include "ContactFilterBar.h"
#include "ContactLinksEditor.h"
#include "ContactListController.h"
#include "ContactListView.h"
#include "DemoCopy.h"
#include "EmptyStateWidget.h"
#include "ExportController.h"
#include "GraphPanel.h"
#include "HelpWindows.h"
#include "ImportController.h"
#include "MainMenus.h"
#include "MainViews.h"
#include "MeetingWindows.h"
#include "MeetingsPanel.h"
#include "MessageBoxes.h"
#include "NetworkOpener.h"
#include "NetworkSession.h"
#include "NetworkStatusLabel.h"
#include "ProfileDialog.h"
#include "QuestionBankDialog.h"
#include "ReadFailure.h"
#include "RecentNetworks.h"
#include "ReferredByField.h"
#include "SessionFailureWarnings.h"
#include "TemplatesDialog.h"
#include "TodayPanel.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Rapport {

namespace {
// Names and file names in menu texts: "AT&T" must not turn T into a keyboard accelerator.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// Undo texts carry contact names; a very long one must not make the Edit menu a screen wide.
// An undo step's name in the Edit menu: whole up to 64 characters (a long name and a date fit),
// else cut at a word; the status bar shows it whole.
QString actionText(const QString& name)
{
    constexpr qsizetype kMost = 64;
    if (name.size() <= kMost)
        return escapeMnemonic(name);
    qsizetype cut = name.lastIndexOf(QLatin1Char(' '), kMost - 1);
    if (cut < kMost / 2)
        cut = kMost - 1;
    return escapeMnemonic(name.left(cut).trimmed() + QChar(0x2026));
}

QString noMatchesText()
{
    return MainWindow::tr("No contacts match the search and filters.\nPress Esc in the search box to clear it.");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    setAcceptDrops(true);
    m_opener = new NetworkOpener(this);
    connect(m_opener, &NetworkOpener::recentChosen, this, [this](const QString& path) { openNetwork(path); });
    m_imports = new ImportController(this);
    connect(m_imports, &ImportController::networkChanged, this, [this](const QString& message, bool keepsUndo) {
        afterBulkChange(keepsUndo);
        statusBar()->showMessage(message, 8000);
    });
    connect(m_imports, &ImportController::showContacts, this, &MainWindow::showOnly);
    connect(m_imports, &ImportController::undoStepsDropped, this, &MainWindow::updateActions);
    m_exports = new ExportController(this);
    connect(m_exports, &ExportController::finished, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_exports, &ExportController::failed, this,
        [this](const QString& message) { MessageBoxes::warning(this, tr("Export failed"), message); });
    m_menus = new MainMenus(this);
    m_meetingWindows = new MeetingWindows(this);
    m_help = new HelpWindows(this);
    m_backups = new BackupRestorer(this);
    connect(m_backups, &BackupRestorer::aboutToChange, this, [this] {
        m_meetingWindows->closeAll();
        m_contactList->commitPendingEdits();
    });
    connect(m_backups, &BackupRestorer::networkChanged, this, [this] { afterBulkChange(); });
    createCentralWidget();
    m_contacts
        = new ContactActions(this, m_list, m_editor, m_filterBar, {m_menus->actions().undo, m_menus->actions().redo});
    connect(m_contacts, &ContactActions::aboutToChange, m_contactList, &ContactListController::commitPendingEdits);
    connect(m_contacts, &ContactActions::editorNeeded, this, [this] {
        m_pages->setCurrentWidget(m_splitter);
        m_pages->revealEditor();
    });
    connect(m_contacts, &ContactActions::contactListNeeded, this, [this] { m_views->setCurrentIndex(1); });
    connect(m_imports, &ImportController::reviewDuplicates, m_contacts, &ContactActions::reviewDuplicates);
    connect(m_imports, &ImportController::aboutToChange, m_contactList, &ContactListController::commitPendingEdits);
    connect(m_emptyState, &EmptyStateWidget::newContactRequested, m_contacts, &ContactActions::newContact);
    connect(m_editor, &ContactEditor::editRequested, m_contacts, &ContactActions::editContact);
    connect(m_editor, &ContactEditor::addRequested, m_contacts, &ContactActions::addContact);
    m_menus->fillMenuBar(m_exports, m_graph); // after the central widget: the View menu holds the graph's actions
    connectActions();
    updateRecentMenu();
    m_statusLabel = new NetworkStatusLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    restoreLayout();
    updateActions();
    updateEmptyState(); // until a network opens, offer only what works without one
}

MainWindow::~MainWindow()
{
    m_meetingWindows->closeAll(); // their notes are saved while the session is still open
}

MeetingDialog* MainWindow::openMeeting(qint64 meetingId)
{
    return m_meetingWindows->openMeeting(meetingId);
}

void MainWindow::showContact(qint64 contactId)
{
    m_pages->revealEditor(); // from Today: the person's page is Contacts with the editor
    m_list->selectContact(contactId);
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    return m_backups->restore(backupPath);
}

void MainWindow::connectActions()
{
    const MainActions& a = m_menus->actions();
    connect(a.newNetwork, &QAction::triggered, this, &MainWindow::newNetwork);
    connect(a.open, &QAction::triggered, this, &MainWindow::openNetworkDialog);
    connect(a.import, &QAction::triggered, m_imports, &ImportController::chooseAndImport);
    connect(a.importArchiveFolder, &QAction::triggered, m_imports, &ImportController::chooseArchiveFolder);
    connect(a.importHistory, &QAction::triggered, m_imports, &ImportController::showHistory);
    connect(a.forgetMessageTexts, &QAction::triggered, m_imports, &ImportController::forgetMessageTexts);
    connect(a.demo, &QAction::triggered, this, [this] { openDemoNetwork(); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.undo, &QAction::triggered, this, [this] {
        m_contactList->commitPendingEdits(); // a half-typed field is an edit too: undo that first
        if (m_session && !m_imports->undoLastImport())
            m_session->undoStack()->undo();
    });
    connect(a.redo, &QAction::triggered, this, [this] {
        m_contactList->commitPendingEdits();
        if (m_session)
            m_session->undoStack()->redo();
    });
    connect(a.newContact, &QAction::triggered, m_contacts, &ContactActions::newContact);
    connect(a.deleteContacts, &QAction::triggered, m_contacts, &ContactActions::deleteSelectedContacts);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(a.merge, &QAction::triggered, m_contacts, &ContactActions::mergeSelectedContacts);
    connect(a.find, &QAction::triggered, this, [this] {
        m_views->setCurrentIndex(1); // searching is about the contact list
        m_filterBar->focusSearch();
    });
    connect(
        a.about, &QAction::triggered, this, [this] { m_help->showAbout(m_session ? m_session->path() : QString()); });
    connect(a.guide, &QAction::triggered, m_help, &HelpWindows::showGuide);
    connect(a.prepSheets, &QAction::triggered, m_meetingWindows, &MeetingWindows::printPrepSheets);
    connect(a.restore, &QAction::triggered, m_backups, &BackupRestorer::chooseAndRestore);
    connect(a.profile, &QAction::triggered, this, [this] {
        if (m_session)
            ProfileDialog(m_session.get(), this).exec();
    });
    connect(a.questionBank, &QAction::triggered, this, [this] {
        if (m_session)
            QuestionBankDialog(m_session.get(), this).exec();
    });
    connect(a.templates, &QAction::triggered, this, [this] {
        if (m_session)
            TemplatesDialog(m_session.get(), this).exec();
    });
    connect(a.showToday, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_today); });
    connect(a.showContacts, &QAction::triggered, this, [this] { m_views->setCurrentIndex(1); });
    connect(a.showGraph, &QAction::triggered, this, &MainWindow::showGraph);
    connect(a.showMeetings, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_meetings); });
    connect(a.showCareerPaths, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_careerPaths); });
    connect(m_menus->recentMenu(), &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    for (QAction* action : {m_graph->zoomInAction(), m_graph->zoomOutAction(), m_graph->fitAction()})
        connect(action, &QAction::triggered, this, &MainWindow::showGraph);
    // These bring the graph forward first: they are about what it shows.
    connect(m_graph->pathAction(), &QAction::triggered, this, [this] {
        showGraph();
        m_graph->choosePath();
    });
    connect(m_graph->exportAction(), &QAction::triggered, this, [this] {
        showGraph();
        m_graph->exportImage();
    });
    connect(m_graph->printAction(), &QAction::triggered, this, [this] {
        showGraph();
        m_graph->print();
    });
}

void MainWindow::showGraph()
{
    m_views->setCurrentWidget(m_graph);
}

void MainWindow::createCentralWidget()
{
    m_pages = new MainViews(this);
    m_emptyState = m_pages->emptyState();
    m_splitter = m_pages->splitter();
    m_filterBar = m_pages->filterBar();
    m_list = m_pages->list();
    m_views = m_pages->views();
    m_today = m_pages->today();
    m_graph = m_pages->graph();
    m_meetings = m_pages->meetings();
    m_careerPaths = m_pages->careerPaths();
    m_editor = m_pages->editor();
    m_pages->setEditorAction(m_menus->actions().contactEditor);
    connect(m_emptyState, &EmptyStateWidget::importRequested, m_imports, &ImportController::chooseAndImport);
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, [this] { openDemoNetwork(); });
    connect(m_emptyState, &EmptyStateWidget::openRequested, this, &MainWindow::openNetworkDialog);
    connect(m_pages, &MainViews::showAllRequested, this, [this] {
        if (m_session)
            m_session->filterModel()->setIdFilter(std::nullopt);
        m_pages->hideOnlyBar();
        updateStatus();
    });
    m_list->addAction(m_menus->actions().deleteContacts);
    m_list->addAction(m_menus->actions().merge);
    connect(m_today, &TodayPanel::contactOpenRequested, this, &MainWindow::showContact);
    for (auto* source : {m_meetings, m_careerPaths})
        connect(source, &MeetingsPanel::meetingOpenRequested, m_meetingWindows, &MeetingWindows::openMeeting);
    connect(m_meetings, &MeetingsPanel::scheduleRequested, m_meetingWindows, &MeetingWindows::scheduleMeeting);
    connect(m_meetings, &MeetingsPanel::draftRequested, m_meetingWindows, &MeetingWindows::openDraft);
    connect(m_today, &TodayPanel::meetingOpenRequested, m_meetingWindows, &MeetingWindows::openMeeting);
    connect(m_today, &TodayPanel::writeRequested, m_meetingWindows, &MeetingWindows::writeTo);
    setCentralWidget(m_pages);

    connect(
        m_editor->activity(), &ContactActivity::meetingOpenRequested, m_meetingWindows, &MeetingWindows::openMeeting);
    connect(m_editor->activity(), &ContactActivity::writeRequested, m_meetingWindows, &MeetingWindows::writeTo);
    connect(
        m_editor->activity(), &ContactActivity::scheduleRequested, m_meetingWindows, &MeetingWindows::scheduleMeeting);
    connect(m_editor->activity(), &ContactActivity::draftRequested, m_meetingWindows, &MeetingWindows::openDraft);
    connect(m_editor->activity(), &ContactActivity::prepSheetRequested, this,
        [this](qint64 contactId) { m_meetingWindows->openPrepSheet(contactId, 0); });
    m_contactList = new ContactListController(this, m_list, m_filterBar, m_editor, m_graph);
    connect(m_contactList, &ContactListController::draftCancelled, this, &MainWindow::updateEmptyState);
    connect(m_contactList, &ContactListController::draftKept, this,
        [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_contactList, &ContactListController::currentContactChanged, this, &MainWindow::updateActions);
}

void MainWindow::setSession(std::unique_ptr<NetworkSession> session, const QString& displayName)
{
    if (m_session)
        m_contactList->commitPendingEdits();
    m_meetingWindows->closeAll();
    m_contacts->setSession(session.get());
    m_editor->showNothing();
    m_list->setModel(nullptr);
    m_session = std::move(session);
    m_displayName = displayName;
    m_filterBar->disconnect(this);
    m_pages->hideOnlyBar();
    m_filterBar->clearFilters();

    NetworkSession* s = m_session.get();
    m_imports->setSession(s);
    m_exports->setSession(s);
    m_backups->setSession(s);
    m_graph->setSession(s);
    m_editor->linksEditor()->setSession(s);
    m_editor->activity()->setSession(s);
    m_editor->referredByField()->setSession(s);
    m_today->setSession(s);
    m_meetings->setSession(s);
    m_careerPaths->setSession(s);
    m_contactList->setSession(s);
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(s->filterModel(), signal, this, &MainWindow::updateStatus);
    connect(s->filterModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    ContactStore* store = s->store();
    const auto contactsChanged = [this] {
        updateEmptyState();
        updateStatus();
        QTimer::singleShot(0, m_contactList, &ContactListController::refreshTagFilter);
    };
    connect(store, &ContactStore::contactAdded, this, contactsChanged);
    connect(store, &ContactStore::contactRemoved, this, contactsChanged);
    connect(store, &ContactStore::contactsReset, this, contactsChanged);
    connect(s->listReloader(), &ContactListReloader::loaded, this, contactsChanged); // the rows came in later
    SessionFailureWarnings::watch(s, this);
    m_meetingWindows->setSession(s);
    // After the warning: the editor shows what is stored, not what failed to be.
    connect(store, &ContactStore::writeFailed, m_contactList, &ContactListController::showCurrentContact);

    QUndoStack* undo = s->undoStack();
    connect(undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    m_contactList->refreshTagFilter();
    if (s->listModel()->rowCount() > 0)
        m_list->selectContact(m_list->model()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
    setWindowTitle(tr("%1 — Rapport").arg(displayName));
    setWindowFilePath(s->path());
    updateEmptyState();
    updateStatus();
    updateActions();
}

bool MainWindow::openNetwork(const QString& path)
{
    m_contactList->commitPendingEdits(); // before the new session reads the file, which may be this one
    if (m_session && QFileInfo(m_session->path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return true; // already open here
    bool repaired = false;
    auto session = m_opener->open(path, &repaired);
    if (!session)
        return false;
    const auto previousDemo = std::move(m_demo); // removed after the old session closed its file
    setSession(std::move(session), QFileInfo(path).completeBaseName());
    RecentNetworks::add(path);
    QSettings().setValue(QStringLiteral("lastNetwork"), QFileInfo(path).absoluteFilePath());
    if (repaired)
        statusBar()->showMessage(tr("Network repaired. The network as it was is kept as a backup."), 8000);
    return true;
}

bool MainWindow::openDemoNetwork()
{
    m_contactList->commitPendingEdits();
    QString error;
    auto demo = DemoCopy::create(&error);
    auto session = demo ? NetworkSession::open(demo->path(), &error) : nullptr;
    if (!session) {
        MessageBoxes::warning(this, tr("Cannot open the demo network"), error);
        return false;
    }
    const auto previousDemo = std::move(m_demo); // removed after the old session closed its file
    setSession(std::move(session), tr("Demo network (temporary copy)"));
    m_demo = std::move(demo);
    updateStatus();
    statusBar()->showMessage(tr("This is a temporary demo network: changes are discarded when you quit."), 8000);
    return true;
}

void MainWindow::newNetwork()
{
    const QString path = m_opener->chooseNewPath();
    if (!path.isEmpty() && openNetwork(path))
        WelcomeDialog::offer(m_session.get(), this); // My Profile, for the prep sheets and templates
}

void MainWindow::openNetworkDialog()
{
    const QString path
        = m_opener->chooseExistingPath(m_session && !m_demo ? QFileInfo(m_session->path()).absolutePath() : QString());
    if (!path.isEmpty())
        openNetwork(path);
}

void MainWindow::updateRecentMenu()
{
    m_opener->fillRecentMenu(m_menus->recentMenu());
}

void MainWindow::importFile(const QString& path)
{
    m_imports->importFile(path);
}

void MainWindow::afterBulkChange(bool keepsUndoHistory)
{
    // Single-contact undo steps may refer to rows the bulk change replaced or removed, unless
    // the change itself is a step on the stack (an import), or was undone from it.
    if (!keepsUndoHistory)
        m_session->undoStack()->clear();
    m_editor->showNothing();
    m_session->filterModel()->setIdFilter(std::nullopt);
    m_pages->hideOnlyBar();
    m_session->store()->notifyContactsReset();
    m_contactList->ensureCurrentContact();
}

void MainWindow::showOnly(const QSet<qint64>& ids, const QString& description)
{
    m_views->setCurrentIndex(1);
    m_filterBar->clearFilters();
    m_session->filterModel()->setIdFilter(ids);
    m_pages->showOnlyBar(description);
    updateStatus();
    m_contactList->ensureCurrentContact();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (m_session && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        const QString path = urls.first().toLocalFile();
        // After the drop returns: a modal wizard inside a drop handler confuses some window systems.
        QTimer::singleShot(0, this, [this, path] { importFile(path); });
    }
}

void MainWindow::updateEmptyState()
{
    // A list that could not be read is not an empty network: no "import your first contacts"
    // then, but the list, saying what went wrong where the contacts would be.
    const QString loadError = m_session ? m_session->listModel()->loadError() : QString();
    m_list->setPlaceholderText(loadError.isEmpty() ? noMatchesText() : ReadFailure::inView(loadError));
    const bool empty
        = !m_session || (m_session->listModel()->rowCount() == 0 && loadError.isEmpty() && !m_editor->isDraft());
    m_emptyState->setNetworkOpen(m_session != nullptr);
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_splitter);
}

void MainWindow::updateStatus()
{
    m_statusLabel->showSession(m_session.get(), m_demo != nullptr);
}

void MainWindow::updateActions()
{
    const MainActions& a = m_menus->actions();
    const bool open = m_session != nullptr;
    QUndoStack* undo = open ? m_session->undoStack() : nullptr;
    a.undo->setEnabled(undo && undo->canUndo());
    a.redo->setEnabled(undo && undo->canRedo());
    a.undo->setText(undo && undo->canUndo() ? tr("&Undo %1").arg(actionText(undo->undoText())) : tr("&Undo"));
    a.redo->setText(undo && undo->canRedo() ? tr("&Redo %1").arg(actionText(undo->redoText())) : tr("&Redo"));
    a.undo->setStatusTip(undo && undo->canUndo() ? tr("Undo %1").arg(undo->undoText()) : QString());
    a.redo->setStatusTip(undo && undo->canRedo() ? tr("Redo %1").arg(undo->redoText()) : QString());
    a.newContact->setEnabled(open);
    // The contacts Delete acts on are those of the list and the graph, selected where they show:
    // on Today or Meetings, a contact the user cannot see there must not be the one deleted.
    a.deleteContacts->setEnabled(
        open && m_pages->viewHoldsEditor() && m_list->selectionModel() && m_list->selectionModel()->hasSelection());
    a.merge->setEnabled(open && m_list->selectionModel() && m_list->selectionModel()->selectedRows().size() == 2);
    a.find->setEnabled(open);
    a.import->setEnabled(open);
    a.importHistory->setEnabled(open);
    a.forgetMessageTexts->setEnabled(open);
    a.importArchiveFolder->setEnabled(open);
    a.prepSheets->setEnabled(open);
    a.restore->setEnabled(open);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1360, 820);
        resize(qMin(1360, available.width() * 9 / 10), qMin(820, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_pages->restoreLayout(settings, width());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    m_pages->saveLayout(settings);
    m_contactList->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_meetingWindows->closeAll();
    m_contactList->commitPendingEdits();
    saveLayout();
    event->accept();
}

} // namespace Rapport
