// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "Clock.h"
#include "ContactActivity.h"
#include "ContactCommands.h"
#include "ContactEditor.h"
#include "ContactFilterBar.h"
#include "ContactLinksEditor.h"
#include "ContactListView.h"
#include "DatabaseError.h"
#include "DemoCopy.h"
#include "EmptyStateWidget.h"
#include "ExportController.h"
#include "FollowUpProposalsDialog.h"
#include "GraphPanel.h"
#include "GuideWindow.h"
#include "ImportController.h"
#include "MeetingCommands.h"
#include "MeetingDialog.h"
#include "MeetingsPanel.h"
#include "MergeContactsCommand.h"
#include "MergeContactsDialog.h"
#include "MessageBoxes.h"
#include "NetworkOpener.h"
#include "NetworkSession.h"
#include "OutreachDialog.h"
#include "PossibleDuplicatesDialog.h"
#include "PrepBatchDialog.h"
#include "PrepSheetWindow.h"
#include "ProfileDialog.h"
#include "QuestionBankDialog.h"
#include "ReadFailure.h"
#include "RecentNetworks.h"
#include "RestoreBackupDialog.h"
#include "TemplatesDialog.h"
#include "TodayPanel.h"
#include "Translations.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Rapport {

namespace {
// Names and file names in menu texts: "AT&T" must not turn T into a keyboard accelerator.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

// Undo texts carry contact names; a very long one must not make the Edit menu a screen wide.
QString actionText(const QString& name)
{
    return escapeMnemonic(name.size() > 48 ? name.left(47) + QChar(0x2026) : name);
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
    connect(m_imports, &ImportController::aboutToChange, this, &MainWindow::commitPendingEdits);
    connect(m_imports, &ImportController::networkChanged, this, [this](const QString& message, bool keepsUndo) {
        afterBulkChange(keepsUndo);
        statusBar()->showMessage(message, 8000);
    });
    connect(m_imports, &ImportController::showContacts, this, &MainWindow::showOnly);
    connect(m_imports, &ImportController::undoStepsDropped, this, &MainWindow::updateActions);
    connect(m_imports, &ImportController::reviewDuplicates, this, &MainWindow::reviewDuplicates);
    m_exports = new ExportController(this);
    connect(m_exports, &ExportController::finished, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_exports, &ExportController::failed, this,
        [this](const QString& message) { MessageBoxes::warning(this, tr("Export failed"), message); });
    createActions();
    connect(m_importAction, &QAction::triggered, m_imports, &ImportController::chooseAndImport);
    connect(m_importHistoryAction, &QAction::triggered, m_imports, &ImportController::showHistory);
    createCentralWidget();
    createMenus(); // after the central widget: the View menu holds the graph's actions
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusLabel);
    restoreLayout();
    updateActions();
    updateEmptyState(); // until a network opens, offer only what works without one
}

MainWindow::~MainWindow()
{
    closeMeetingDialogs(); // their notes are saved while the session is still open
}

MeetingDialog* MainWindow::openMeeting(qint64 meetingId)
{
    if (!m_session || !meetingId)
        return nullptr;
    if (MeetingDialog* open = m_meetingDialogs.value(meetingId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    if (!m_session->meetings()->meeting(meetingId))
        return nullptr;
    auto* dialog = new MeetingDialog(m_session.get(), meetingId, this);
    m_meetingDialogs.insert(meetingId, dialog);
    connect(dialog, &MeetingDialog::interviewHeld, this, &MainWindow::proposeFollowUps);
    connect(dialog, &MeetingDialog::prepSheetRequested, this, &MainWindow::openPrepSheet);
    connect(dialog, &QObject::destroyed, this, [this, meetingId] { m_meetingDialogs.remove(meetingId); });
    dialog->show();
    return dialog;
}

void MainWindow::closeMeetingDialogs()
{
    const auto dialogs = m_meetingDialogs.values();
    m_meetingDialogs.clear();
    for (const QPointer<MeetingDialog>& dialog : dialogs) {
        if (dialog) {
            dialog->close(); // saves pending notes
            delete dialog.data();
        }
    }
}

void MainWindow::showContact(qint64 contactId)
{
    m_views->setCurrentIndex(1);
    m_list->selectContact(contactId);
}

void MainWindow::openPrepSheet(qint64 contactId, qint64 meetingId)
{
    if (!m_session || !contactId)
        return;
    if (!meetingId) {
        try {
            meetingId
                = PrepSheet::nextMeetingOf(m_session->database().connection(), contactId, Clock::currentDateTimeUtc());
        } catch (const DatabaseError& e) {
            // The sheet is still made, without a meeting; the user learns why it has none.
            m_session->reportReadFailure(e.message());
        }
    }
    PrepSheetWindow(m_session.get(), {{contactId, meetingId}}, this).exec();
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_session)
        return false;
    if (MessageBoxes::question(this, tr("Restore Backup"),
            tr("Replace everything in this network with the backup?\n\nThe network as it is now is kept as a backup "
               "too, so you can restore it if you change your mind."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    closeMeetingDialogs();
    commitPendingEdits();
    QString error;
    if (Backups::take(m_session->database(), QStringLiteral("replaced"), &error).isEmpty()
        || !Backups::restore(m_session->database(), backupPath, &error)) {
        MessageBoxes::warning(this, tr("Restore Backup"), tr("The backup was not restored.\n\n%1").arg(error));
        afterBulkChange(); // whatever happened, show what the file holds now
        return false;
    }
    afterBulkChange();
    statusBar()->showMessage(tr("Backup restored. The network as it was is kept as a backup."), 8000);
    return true;
}

void MainWindow::printPrepSheets()
{
    if (!m_session)
        return;
    PrepBatchDialog dialog(m_session.get(), this);
    connect(&dialog, &PrepBatchDialog::previewRequested, this, [this](const QList<PrepSheetBatch::Sheet>& sheets) {
        QList<PrepSheetWindow::Sheet> list;
        for (const auto& sheet : sheets)
            list.append({sheet.contactId, sheet.meetingId});
        PrepSheetWindow(m_session.get(), list, this).exec();
    });
    dialog.exec();
}

void MainWindow::writeTo(qint64 contactId)
{
    if (m_session)
        OutreachDialog(m_session.get(), contactId, this).exec();
}

void MainWindow::proposeFollowUps(qint64 meetingId)
{
    if (m_session)
        FollowUpProposalsDialog::offer(m_session.get(), meetingId, this);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const char* name, const QKeySequence& shortcut, const char* icon,
                            void (MainWindow::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(shortcut);
        if (icon)
            a->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newNetworkAction = action(tr("&New Network…"), "newNetworkAction", QKeySequence(tr("Ctrl+Shift+N")),
        "document-new", &MainWindow::newNetwork);
    m_openAction = action(
        tr("&Open Network…"), "openNetworkAction", QKeySequence::Open, "document-open", &MainWindow::openNetworkDialog);
    m_importAction
        = action(tr("&Import Contacts…"), "importAction", QKeySequence(tr("Ctrl+I")), "document-import", nullptr);
    m_demoAction = action(tr("Open &Demo Network"), "demoAction", {}, nullptr, nullptr);
    connect(m_demoAction, &QAction::triggered, this, [this] { openDemoNetwork(); });
    m_quitAction = action(tr("&Quit"), "quitAction", QKeySequence::Quit, "application-exit", nullptr);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = action(tr("&Undo"), "undoAction", QKeySequence::Undo, "edit-undo", nullptr);
    m_redoAction = action(tr("&Redo"), "redoAction", QKeySequence(tr("Ctrl+Shift+Z")), "edit-redo", nullptr);
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    connect(m_undoAction, &QAction::triggered, this, [this] {
        commitPendingEdits(); // a half-typed field is an edit too: undo that first
        if (m_session && !m_imports->undoLastImport())
            m_session->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        commitPendingEdits();
        if (m_session)
            m_session->undoStack()->redo();
    });
    m_newContactAction
        = action(tr("&New Contact"), "newContactAction", QKeySequence::New, "contact-new", &MainWindow::newContact);
    m_deleteAction = action(tr("&Delete Contact"), "deleteContactAction", QKeySequence::Delete, "edit-delete",
        &MainWindow::deleteSelectedContacts);
    // Delete belongs to the list: in a text field the key must delete characters.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_mergeAction
        = action(tr("&Merge Contacts…"), "mergeContactsAction", {}, nullptr, &MainWindow::mergeSelectedContacts);
    m_findAction = action(tr("&Find…"), "findAction", QKeySequence::Find, "edit-find", nullptr);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_views->setCurrentIndex(1); // searching is about the contact list
        m_filterBar->focusSearch();
    });
    m_aboutAction = action(tr("&About Rapport"), "aboutAction", {}, "help-about", &MainWindow::showAbout);
    m_guideAction = action(tr("Informational Interviewing &Guide"), "guideAction", QKeySequence::HelpContents,
        "help-contents", &MainWindow::showGuide);
    m_importHistoryAction = action(tr("Import &History…"), "importHistoryAction", {}, "view-history", nullptr);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newNetworkAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importHistoryAction);
    m_exports->addActionsTo(file->addMenu(tr("&Export")));
    file->addSeparator();
    m_prepSheetsAction = file->addAction(tr("&Print Prep Sheets…"), this, &MainWindow::printPrepSheets);
    m_prepSheetsAction->setObjectName(QStringLiteral("printPrepSheetsAction"));
    m_prepSheetsAction->setShortcut(QKeySequence::Print);
    file->addSeparator();
    m_restoreAction = file->addAction(tr("Restore &Backup…"), this, [this] {
        if (!m_session)
            return;
        RestoreBackupDialog dialog(m_session->path(), this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
            restoreBackup(dialog.chosenPath());
    });
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newContactAction);
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addAction(m_mergeAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_profileAction = m_editMenu->addAction(tr("My &Profile…"), this, [this] {
        if (m_session)
            ProfileDialog(m_session.get(), this).exec();
    });
    m_profileAction->setObjectName(QStringLiteral("profileAction"));
    m_questionBankAction = m_editMenu->addAction(tr("&Question Bank…"), this, [this] {
        if (m_session)
            QuestionBankDialog(m_session.get(), this).exec();
    });
    m_questionBankAction->setObjectName(QStringLiteral("questionBankAction"));
    QAction* templates = m_editMenu->addAction(tr("Outreach &Templates…"), this, [this] {
        if (m_session)
            TemplatesDialog(m_session.get(), this).exec();
    });
    templates->setObjectName(QStringLiteral("templatesAction"));

    createGraphMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::createGraphMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* today = view->addAction(tr("&Today"), this, [this] { m_views->setCurrentWidget(m_today); });
    today->setObjectName(QStringLiteral("showTodayAction"));
    today->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_showContactsAction = view->addAction(tr("&Contacts"), this, [this] { m_views->setCurrentIndex(1); });
    m_showContactsAction->setObjectName(QStringLiteral("showContactsAction"));
    m_showContactsAction->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_showGraphAction = view->addAction(tr("&Referral Graph"), this, &MainWindow::showGraph);
    m_showGraphAction->setObjectName(QStringLiteral("showGraphAction"));
    m_showGraphAction->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction* meetings = view->addAction(tr("&Meetings"), this, [this] { m_views->setCurrentWidget(m_meetings); });
    meetings->setObjectName(QStringLiteral("showMeetingsAction"));
    meetings->setShortcut(QKeySequence(tr("Ctrl+4")));
    QAction* paths = view->addAction(tr("C&areer Paths"), this, [this] { m_views->setCurrentWidget(m_careerPaths); });
    paths->setObjectName(QStringLiteral("showCareerPathsAction"));
    paths->setShortcut(QKeySequence(tr("Ctrl+5")));
    view->addSeparator();
    // Zoom and fit act on the graph, so their keys work while it has the focus.
    for (QAction* action : {m_graph->zoomInAction(), m_graph->zoomOutAction(), m_graph->fitAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_graph->addAction(action);
        view->addAction(action);
        connect(action, &QAction::triggered, this, &MainWindow::showGraph);
    }
    view->addSeparator();
    view->addAction(m_graph->pathAction());
    view->addAction(m_graph->exportAction());
    view->addAction(m_graph->printAction());
    view->addSeparator();
    // The language: the system's unless chosen here; it applies from the next start.
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = Translations::chosenLanguage();
    QStringList names {QString()};
    names += Translations::shipped();
    for (const QString& name : std::as_const(names)) {
        QString label = name.isEmpty() ? tr("System Default") : QLocale(name).nativeLanguageName();
        if (!label.isEmpty())
            label[0] = label[0].toUpper();
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setObjectName(QStringLiteral("language_") + (name.isEmpty() ? QStringLiteral("system") : name));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            Translations::setChosenLanguage(name);
            MessageBoxes::information(
                this, tr("Language"), tr("Rapport will use this language the next time it starts."));
        });
    }
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
    m_pages = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_pages);
    connect(m_emptyState, &EmptyStateWidget::importRequested, m_imports, &ImportController::chooseAndImport);
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, [this] { openDemoNetwork(); });
    connect(m_emptyState, &EmptyStateWidget::newContactRequested, this, &MainWindow::newContact);
    connect(m_emptyState, &EmptyStateWidget::openRequested, this, &MainWindow::openNetworkDialog);

    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto* listPane = new QWidget(m_splitter);
    listPane->setObjectName(QStringLiteral("contactsPane"));
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 6);
    m_filterBar = new ContactFilterBar(listPane);
    // "Showing the contacts of one import", with a way back to all of them.
    m_onlyBar = new QWidget(listPane);
    auto* onlyLayout = new QHBoxLayout(m_onlyBar);
    onlyLayout->setContentsMargins(0, 0, 0, 0);
    m_onlyLabel = new QLabel(m_onlyBar);
    m_onlyLabel->setTextFormat(Qt::PlainText);
    m_onlyLabel->setWordWrap(true); // a long file name must not push "Show All Contacts" away
    auto* showAll = new QPushButton(tr("Show All Contacts"), m_onlyBar);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    onlyLayout->addWidget(m_onlyLabel, 1);
    onlyLayout->addWidget(showAll);
    m_onlyBar->hide();
    connect(showAll, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->filterModel()->setIdFilter(std::nullopt);
        m_onlyBar->hide();
        updateStatus();
    });
    m_list = new ContactListView(listPane);
    m_list->addAction(m_deleteAction);
    m_list->addAction(m_mergeAction);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_onlyBar);
    listLayout->addWidget(m_list);
    m_views = new QTabWidget(m_splitter);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_today = new TodayPanel(m_views);
    m_views->addTab(m_today, tr("Today"));
    m_views->addTab(listPane, tr("Contacts"));
    m_graph = new GraphPanel(m_views);
    m_views->addTab(m_graph, tr("Referral Graph"));
    m_meetings = new MeetingsPanel(MeetingsPanel::Mode::Meetings, m_views);
    m_views->addTab(m_meetings, tr("Meetings"));
    m_careerPaths = new MeetingsPanel(MeetingsPanel::Mode::CareerPaths, m_views);
    m_views->addTab(m_careerPaths, tr("Career Paths"));
    connect(m_today, &TodayPanel::contactOpenRequested, this, &MainWindow::showContact);
    for (auto* source : {m_meetings, m_careerPaths})
        connect(source, &MeetingsPanel::meetingOpenRequested, this, &MainWindow::openMeeting);
    connect(m_today, &TodayPanel::meetingOpenRequested, this, &MainWindow::openMeeting);
    m_editor = new ContactEditor(m_splitter);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);

    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    connect(m_editor, &ContactEditor::editRequested, this, &MainWindow::editContact);
    connect(m_editor->activity(), &ContactActivity::meetingOpenRequested, this, &MainWindow::openMeeting);
    connect(m_editor->activity(), &ContactActivity::writeRequested, this, &MainWindow::writeTo);
    connect(m_editor->activity(), &ContactActivity::prepSheetRequested, this,
        [this](qint64 contactId) { openPrepSheet(contactId, 0); });
    connect(m_editor, &ContactEditor::addRequested, this, &MainWindow::addContact);
    connect(m_editor, &ContactEditor::draftCancelled, this, [this] {
        showCurrentContact();
        updateEmptyState();
    });
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this] { m_editor->focusFirstField(); });
    // The graph and the list select the same contact.
    connect(m_graph, &GraphPanel::contactSelected, this, [this](qint64 id) { m_list->selectContact(id); });
    connect(m_graph, &GraphPanel::contactActivated, this, [this](qint64 id) {
        m_list->selectContact(id);
        m_editor->focusFirstField();
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { m_editor->focusFirstField(); });
}

void MainWindow::setSession(std::unique_ptr<NetworkSession> session, const QString& displayName)
{
    if (m_session)
        commitPendingEdits();
    closeMeetingDialogs();
    if (m_duplicates)
        delete m_duplicates; // its pairs are the old network's
    m_editor->showNothing();
    m_list->setModel(nullptr);
    m_session = std::move(session);
    m_displayName = displayName;
    m_filterBar->disconnect(this);
    m_onlyBar->hide();
    m_filterBar->clearFilters();

    NetworkSession* s = m_session.get();
    m_imports->setSession(s);
    m_exports->setSession(s);
    m_graph->setSession(s);
    m_editor->linksEditor()->setSession(s);
    m_editor->activity()->setSession(s);
    m_today->setSession(s);
    m_meetings->setSession(s);
    m_careerPaths->setSession(s);
    m_list->setModel(s->filterModel());
    QSettings settings;
    if (!m_list->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("MainWindow/contactColumns")).toByteArray()))
        m_list->applyDefaultColumnWidths();
    m_list->horizontalHeader()->setSortIndicatorShown(true);
    m_list->sortByColumn(
        m_list->horizontalHeader()->sortIndicatorSection(), m_list->horizontalHeader()->sortIndicatorOrder());

    connect(m_filterBar, &ContactFilterBar::searchChanged, s->filterModel(), &ContactFilterModel::setSearchText);
    connect(m_filterBar, &ContactFilterBar::stageChanged, s->filterModel(), &ContactFilterModel::setStageFilter);
    connect(m_filterBar, &ContactFilterBar::tagChanged, s->filterModel(), &ContactFilterModel::setTagFilter);
    // When the filter hides the contact on show, the first match takes its place in the editor.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(s->filterModel(), signal, this, &MainWindow::ensureCurrentContact, Qt::QueuedConnection);
    connect(s->filterModel(), &QAbstractItemModel::layoutChanged, this, &MainWindow::ensureCurrentContact,
        Qt::QueuedConnection);
    connect(s->filterModel(), &QAbstractItemModel::modelReset, this, &MainWindow::ensureCurrentContact,
        Qt::QueuedConnection);
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(s->filterModel(), signal, this, &MainWindow::updateStatus);
    connect(s->filterModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            // When a filter hides the current row, Qt moves "current" to a neighbour without selecting
            // it; the contact in the editor must always be the selected one. Not while Ctrl is held:
            // a Ctrl+click moves "current" first and then toggles the row, so selecting it here would
            // turn the click into a deselection and lose the rows chosen so far.
            QItemSelectionModel* selection = m_list->selectionModel();
            const bool choosingRows = QGuiApplication::keyboardModifiers() & Qt::ControlModifier;
            if (current.isValid() && !selection->isRowSelected(current.row()) && !choosingRows)
                selection->select(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            commitPendingEdits();
            showCurrentContact();
            updateActions();
            if (current.isValid())
                m_graph->selectContact(current.data(ContactListModel::ContactIdRole).toLongLong());
        });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    ContactStore* store = s->store();
    const auto contactsChanged = [this] {
        updateEmptyState();
        updateStatus();
        QTimer::singleShot(0, this, &MainWindow::refreshTagFilter);
    };
    connect(store, &ContactStore::contactAdded, this, contactsChanged);
    connect(store, &ContactStore::contactRemoved, this, contactsChanged);
    connect(store, &ContactStore::contactsReset, this, contactsChanged);
    connect(s->listReloader(), &ContactListReloader::loaded, this, contactsChanged); // the rows came in later
    connect(store, &ContactStore::contactChanged, this, [this](qint64 id) {
        if (id == m_editor->contactId()) {
            if (const auto contact = m_session->store()->contact(id))
                m_editor->showContact(*contact);
        }
        QTimer::singleShot(0, this, &MainWindow::refreshTagFilter);
    });
    connect(s->meetings(), &MeetingStore::writeFailed, this, [this](const QString& message) {
        MessageBoxes::warning(this, tr("Could not save"),
            tr("The change to the meetings could not be saved, and the network was left as it was.\n\n%1")
                .arg(message));
    });
    // A meeting window whose meeting went away (its contact deleted, an import undone) closes.
    const auto checkMeetingWindows = [this] {
        const auto dialogs = m_meetingDialogs.values();
        for (const QPointer<MeetingDialog>& dialog : dialogs) {
            if (dialog)
                dialog->reload();
        }
    };
    connect(s->store(), &ContactStore::contactRemoved, this, checkMeetingWindows);
    connect(s->store(), &ContactStore::contactsReset, this, checkMeetingWindows);
    connect(s->links(), &ReferralStore::writeFailed, this, [this](const QString& message) {
        MessageBoxes::warning(this, tr("Could not save"),
            tr("The change to the referral links could not be saved, and the network was left as it "
               "was.\n\n%1")
                .arg(message));
    });
    connect(s, &NetworkSession::readFailed, this,
        [this](const QString& problems) { ReadFailure::show(this, m_session->path(), problems); });
    connect(store, &ContactStore::writeFailed, this, [this](const QString& message) {
        MessageBoxes::warning(this, tr("Could not save"),
            tr("The change could not be saved, and the network was left as it was.\n\n%1").arg(message));
        showCurrentContact(); // the editor shows what is stored, not what failed to be
    });

    QUndoStack* undo = s->undoStack();
    connect(undo, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    refreshTagFilter();
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
    commitPendingEdits(); // before the new session reads the file, which may be this one
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
    commitPendingEdits();
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
    m_opener->fillRecentMenu(m_recentMenu);
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
    m_onlyBar->hide();
    m_session->store()->notifyContactsReset();
    ensureCurrentContact();
}

void MainWindow::showOnly(const QSet<qint64>& ids, const QString& description)
{
    m_views->setCurrentIndex(1);
    m_filterBar->clearFilters();
    m_session->filterModel()->setIdFilter(ids);
    m_onlyLabel->setText(description);
    m_onlyBar->show();
    updateStatus();
    ensureCurrentContact();
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

void MainWindow::newContact()
{
    if (!m_session)
        return;
    commitPendingEdits();
    m_pages->setCurrentWidget(m_splitter);
    m_list->selectionModel()->clear(); // no current row: clicking any row afterwards leaves the draft
    m_editor->startNewContact();
}

void MainWindow::addContact(const Contact& contact)
{
    m_editor->showNothing(); // the draft is now a contact: leaving it must not add it twice
    auto* command = new AddContactCommand(m_session->store(), contact);
    QUndoStack* undo = m_session->undoStack();
    undo->push(command); // runs redo(); a command whose write failed is deleted at once
    if (undo->count() == 0 || undo->command(undo->count() - 1) != command) {
        m_editor->startNewContact(contact); // nothing typed is lost; the user saw why it failed
        return;
    }
    m_filterBar->clearFilters(); // the new contact must be visible, whatever was filtered
    m_list->selectContact(command->contactId());
    m_list->setFocus();
}

void MainWindow::editContact(const Contact& before, const Contact& after)
{
    m_session->undoStack()->push(new EditContactCommand(m_session->store(), before, after));
}

void MainWindow::deleteSelectedContacts()
{
    if (!m_session)
        return;
    const QModelIndexList selected = m_list->selectionModel()->selectedRows(ContactListModel::Name);
    if (selected.isEmpty())
        return;
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& row : selected) {
        ids.append(row.data(ContactListModel::ContactIdRole).toLongLong());
        names.append(row.data().toString());
    }
    const QString name = names.first();
    const QString question = ids.size() == 1
        ? tr("Delete %1, with their meetings, follow-ups and referral links?").arg(name)
        : tr("Delete %n contacts, with their meetings, follow-ups and referral links?", nullptr, int(ids.size()));
    if (MessageBoxes::question(this, tr("Delete contact"), question + QLatin1Char('\n') + tr("You can undo this."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    // The row below the deleted ones becomes current, as in a file manager.
    const int nextRow = selected.first().row();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // thousands at once take a moment
    m_session->undoStack()->push(new DeleteContactCommand(m_session->store(), ids,
        ids.size() == 1 ? tr("Delete %1").arg(name) : tr("Delete %n contacts", nullptr, int(ids.size()))));
    QGuiApplication::restoreOverrideCursor();
    const int rows = m_list->model()->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_list->model()->index(qMin(nextRow, rows - 1), 0);
        m_list->selectContact(next.data(ContactListModel::ContactIdRole).toLongLong());
    } else {
        m_editor->showNothing();
    }
}

void MainWindow::mergeSelectedContacts()
{
    if (!m_session)
        return;
    const QList<qint64> ids = m_list->selectedContactIds();
    if (ids.size() == 2)
        mergeContacts(ids.at(0), ids.at(1));
}

MergeContactsDialog* MainWindow::mergeContacts(qint64 first, qint64 second)
{
    if (!m_session)
        return nullptr;
    commitPendingEdits(); // a field still being typed belongs to the contact as it is merged
    MergePlan plan;
    try {
        plan = ContactMerge::plan(m_session->store()->connection(), first, second);
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, tr("Could not merge"), e.message());
        return nullptr;
    }
    const auto kept = m_session->store()->contact(plan.keptId);
    const auto other = m_session->store()->contact(plan.otherId);
    if (!kept || !other)
        return nullptr; // the read failure is reported by the store
    auto* dialog = new MergeContactsDialog(plan, *kept, *other, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString keptName = kept->displayName();
    const QString otherName = other->displayName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, keptName, otherName] {
        if (!m_session)
            return;
        const MergeChoices choices = dialog->choices();
        auto* command = new MergeContactsCommand(m_session->store(), m_session->meetings(), m_session->links(), choices,
            tr("Merge %1 and %2").arg(keptName, otherName));
        QUndoStack* undo = m_session->undoStack();
        undo->push(command); // runs redo(); a command whose write failed is deleted at once
        if (undo->count() == 0 || undo->command(undo->count() - 1) != command)
            return; // the store said why (writeFailed)
        m_list->selectContact(choices.keptId);
        m_list->setFocus();
        statusBar()->showMessage(tr("Merged %1 into %2.").arg(otherName, keptName), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::reviewDuplicates(const QList<PossibleDuplicatePair>& pairs, const QString& fileName, int mergeFirst)
{
    if (!m_session || pairs.isEmpty())
        return;
    if (m_duplicates)
        m_duplicates->close(); // an earlier import's list: this one replaces it
    m_duplicates = new PossibleDuplicatesDialog(m_session->store(), pairs, fileName, this);
    m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
    // Ctrl+Z there undoes a merge made from it, as in the window.
    m_duplicates->addActions({m_undoAction, m_redoAction});
    connect(m_duplicates, &PossibleDuplicatesDialog::mergeRequested, this, [this](qint64 addedId, qint64 otherId) {
        if (MergeContactsDialog* merge = mergeContacts(addedId, otherId))
            connect(merge, &QDialog::finished, m_duplicates, &PossibleDuplicatesDialog::takeFocus);
    });
    connect(m_duplicates, &PossibleDuplicatesDialog::pairChosen, this, [this](qint64 addedId) {
        m_views->setCurrentIndex(1);
        m_list->selectContact(addedId); // the editor shows the new one; it is among the imported
    });
    m_duplicates->show();
    if (mergeFirst >= 0) {
        // Once the wizard is gone: the merge dialog is modal to this window.
        QTimer::singleShot(0, m_duplicates, [dialog = m_duplicates, mergeFirst] { dialog->mergePair(mergeFirst); });
    }
}

void MainWindow::showCurrentContact()
{
    const qint64 id = m_list->currentContactId();
    const auto contact = id && m_session ? m_session->store()->contact(id) : std::nullopt;
    if (contact)
        m_editor->showContact(*contact);
    else
        m_editor->showNothing();
}

void MainWindow::ensureCurrentContact()
{
    if (!m_session || m_editor->isDraft() || m_list->currentIndex().isValid())
        return;
    if (m_list->model()->rowCount() == 0) { // nobody shown: the editor must not keep a hidden contact
        commitPendingEdits();
        m_editor->showNothing();
        updateActions();
        return;
    }
    m_list->selectContact(m_list->model()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
}

void MainWindow::refreshTagFilter()
{
    if (m_session)
        m_filterBar->setTags(m_session->store()->allTags());
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
    if (!m_session) {
        m_statusLabel->clear();
        return;
    }
    const int total = m_session->listModel()->rowCount();
    const int shown = m_session->filterModel()->rowCount();
    const QString loadError = m_session->listModel()->loadError(); // not "0 contacts"
    const QString contacts = !loadError.isEmpty() ? ReadFailure::inView(loadError)
        : shown != total                          ? tr("%1 of %n contacts shown", nullptr, total).arg(shown)
        : total == 1                              ? tr("1 contact")
                                                  : tr("%n contacts", nullptr, total);
    m_statusLabel->setText(contacts + QStringLiteral("  ·  ")
        + (m_demo ? tr("temporary demo network") : QDir::toNativeSeparators(m_session->path())));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    QUndoStack* undo = open ? m_session->undoStack() : nullptr;
    m_undoAction->setEnabled(undo && undo->canUndo());
    m_redoAction->setEnabled(undo && undo->canRedo());
    m_undoAction->setText(undo && undo->canUndo() ? tr("&Undo %1").arg(actionText(undo->undoText())) : tr("&Undo"));
    m_redoAction->setText(undo && undo->canRedo() ? tr("&Redo %1").arg(actionText(undo->redoText())) : tr("&Redo"));
    m_newContactAction->setEnabled(open);
    m_deleteAction->setEnabled(open && m_list->selectionModel() && m_list->selectionModel()->hasSelection());
    m_mergeAction->setEnabled(open && m_list->selectionModel() && m_list->selectionModel()->selectedRows().size() == 2);
    m_findAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_importHistoryAction->setEnabled(open);
    if (m_prepSheetsAction)
        m_prepSheetsAction->setEnabled(open);
    if (m_restoreAction)
        m_restoreAction->setEnabled(open);
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    MessageBoxes::information(this, tr("About Rapport"),
        tr("Rapport %1\n\nBuild a professional network through informational interviews: keep contacts, "
           "referrals, meeting notes and follow-ups in one local file.")
                .arg(QCoreApplication::applicationVersion())
            + QStringLiteral("\n\n")
            + tr("Your network stays on this computer, in %1. Rapport never sends anything over the network.")
                  .arg(m_session ? m_session->path() : Database::defaultPath())
            + QStringLiteral("\n\n") + tr("Built with Qt %1, SQLite and Graphviz.").arg(QString::fromLatin1(qVersion()))
            + QStringLiteral("\n\n")
            + tr("Rapport is free software: you can share and change it under the GNU General Public "
                 "License, version 3 or later. It comes with no warranty."));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1360, 820);
        resize(qMin(1360, available.width() * 9 / 10), qMin(820, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({width() * 2 / 3, width() / 3});
    // The home page is Today, unless the user left another view open.
    const QString view = settings.value(QStringLiteral("MainWindow/currentView")).toString();
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->widget(i)->objectName() == view)
            m_views->setCurrentIndex(i);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/currentView"), m_views->currentWidget()->objectName());
    if (m_list->model())
        settings.setValue(QStringLiteral("MainWindow/contactColumns"), m_list->horizontalHeader()->saveState());
}

void MainWindow::commitPendingEdits()
{
    if (!m_session)
        return;
    if (const auto draft = m_editor->pendingDraft()) {
        // A contact being typed is kept, never silently dropped.
        m_editor->showNothing();
        m_session->undoStack()->push(new AddContactCommand(m_session->store(), *draft));
        return;
    }
    m_editor->commitEdits();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    closeMeetingDialogs();
    commitPendingEdits();
    saveLayout();
    event->accept();
}

} // namespace Rapport
