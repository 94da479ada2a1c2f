// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Backups.h"
#include "ContactEditor.h"
#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "DemoNetwork.h"
#include "EmptyStateWidget.h"
#include "FileDialogs.h"
#include "GraphPanel.h"
#include "GraphSidePanel.h"
#include "GuiTestSupport.h"
#include "GuideWindow.h"
#include "InterviewGuide.h"
#include "MainWindow.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "SqlStatement.h"
#include "TestSupport.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QWheelEvent>

#include <sqlite3.h>

using namespace Rapport;

// Drives the real main window by clicking and typing, as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

    // Every test function gets its own folder, network and window (init/cleanup), so each runs
    // alone and in any order. m_dir names the folder, as the tests' own files go there too.
    std::unique_ptr<QTemporaryDir> m_folder;
    QDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_samir = 0;
    qint64 m_eleanor = 0;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child named %s", name);
        return widget;
    }

    void trigger(const char* actionName)
    {
        auto* action = find<QAction>(actionName);
        QVERIFY(action);
        QVERIFY2(action->isEnabled(), actionName);
        action->trigger();
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    QStringList visibleNames() const
    {
        QStringList names;
        const auto* model = m_window->session()->filterModel();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, ContactListModel::Name).data().toString());
        names.sort();
        return names;
    }

    void addContactByTyping(const QString& first, const QString& last, const QString& organization)
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto* first_ = find<QLineEdit>("firstNameEdit");
        QTRY_VERIFY(first_->hasFocus());
        QTest::keyClicks(first_, first);
        typeInto("lastNameEdit", last);
        typeInto("organizationEdit", organization);
        QTest::mouseClick(find<QPushButton>("addContactButton"), Qt::LeftButton);
    }

    // The two people createContactsByTyping types, added directly for the tests that work on them.
    void addSamirAndEleanor(const QString& samirTitle = {})
    {
        ContactStore* store = m_window->session()->store();
        Contact samir = Test::sampleContact(
            QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Meridian Therapeutics"));
        samir.title = samirTitle;
        m_samir = store->addContact(samir);
        m_eleanor = store->addContact(Test::sampleContact(
            QStringLiteral("Eleanor"), QStringLiteral("<b>Maybrey</b>"), QStringLiteral("Whitfield")));
        QVERIFY(m_samir && m_eleanor);
        QTRY_COMPARE(m_window->session()->filterModel()->rowCount(), 2);
    }

    // Only Samir shown, through the search box, and selected.
    void searchForSamir()
    {
        typeInto("searchEdit", QStringLiteral("meri"));
        QTRY_COMPARE(visibleNames(), QStringList {QStringLiteral("Samir Haddad")});
        m_window->findChild<ContactListView*>()->selectContact(m_samir);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear(); // no window size or recent network carried over from another test
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_dir.setPath(m_folder->path());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_dir.filePath(QStringLiteral("gui.rapport"))));
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger(); // these tests work the list
        m_window->resize(1366, 740); // a laptop screen: the editor's header is not cut
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void withoutANetworkOnlyOpeningIsOffered()
    {
        MainWindow none; // e.g. the file given on the command line could not be opened
        none.show();
        QVERIFY(QTest::qWaitForWindowExposed(&none));
        QVERIFY(none.findChild<QPushButton*>(QStringLiteral("emptyDemoButton"))->isVisible());
        QVERIFY(none.findChild<QPushButton*>(QStringLiteral("emptyOpenButton"))->isVisible());
        QVERIFY(!none.findChild<QPushButton*>(QStringLiteral("emptyNewButton"))->isVisible());
        QVERIFY(!none.findChild<QPushButton*>(QStringLiteral("emptyImportButton"))->isVisible());
        QVERIFY(!none.findChild<QAction*>(QStringLiteral("newContactAction"))->isEnabled());
        QVERIFY(none.findChild<QAction*>(QStringLiteral("guideAction"))->isEnabled()); // help needs no network
        none.close();
    }

    void emptyNetworkExplainsItself()
    {
        auto* empty = find<EmptyStateWidget>("emptyState");
        QVERIFY(empty && empty->isVisible());
        QVERIFY(find<QPushButton>("emptyImportButton")->isVisible());
        QVERIFY(find<QPushButton>("emptyDemoButton")->isVisible());
    }

    void draftNeedsAName()
    {
        trigger("newContactAction");
        QTest::mouseClick(find<QPushButton>("addContactButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("draftError")->isVisible());
        QCOMPARE(m_window->session()->store()->count(), 0);
        QTest::mouseClick(find<QPushButton>("cancelDraftButton"), Qt::LeftButton);
        QTRY_VERIFY(find<EmptyStateWidget>("emptyState")->isVisible());
    }

    void createContactsByTyping()
    {
        addContactByTyping(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Meridian Therapeutics"));
        QTRY_COMPARE(m_window->session()->store()->count(), 1);
        QVERIFY(!find<EmptyStateWidget>("emptyState")->isVisible());
        addContactByTyping(QStringLiteral("Eleanor"), QStringLiteral("<b>Maybrey</b>"), QStringLiteral("Whitfield"));
        QTRY_COMPARE(m_window->session()->store()->count(), 2);
        QCOMPARE(
            visibleNames(), (QStringList {QStringLiteral("Eleanor <b>Maybrey</b>"), QStringLiteral("Samir Haddad")}));
        // The new contact is selected and shown, its markup as plain characters.
        auto* header = find<QLabel>("contactHeader");
        QCOMPARE(header->text(), QStringLiteral("Eleanor <b>Maybrey</b>"));
        QCOMPARE(header->textFormat(), Qt::PlainText);
    }

    void theViewShortcutsSwitchViewsAndTheMenusKeepTheirOrder()
    {
        auto* views = find<QTabWidget>("views");
        const QList<Qt::Key> keys {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
        for (int i = int(keys.size()) - 1; i >= 0; --i) {
            QTest::keyClick(m_window.get(), keys.at(i), Qt::ControlModifier);
            QTRY_COMPARE(views->currentIndex(), i);
        }
        QStringList menus;
        for (QAction* menu : m_window->menuBar()->actions())
            menus.append(menu->objectName().isEmpty() ? menu->text() : menu->objectName());
        QCOMPARE(menus,
            (QStringList {
                QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QStringList edit;
        for (QAction* action : m_window->menuBar()->actions().at(1)->menu()->actions()) {
            if (!action->isSeparator())
                edit.append(action->objectName());
        }
        QCOMPARE(edit,
            (QStringList {QStringLiteral("undoAction"), QStringLiteral("redoAction"),
                QStringLiteral("newContactAction"), QStringLiteral("deleteContactAction"),
                QStringLiteral("mergeContactsAction"), QStringLiteral("findAction"), QStringLiteral("profileAction"),
                QStringLiteral("questionBankAction"), QStringLiteral("templatesAction"),
                QStringLiteral("forgetMessageTextsAction")}));
    }

    void theGraphTogglesAreInTheViewMenu()
    {
        // The tool bar's own actions: one check state, wherever it is changed from.
        QMenu* view = m_window->menuBar()->actions().at(2)->menu();
        QAction* overview = m_window->graphPanel()->overviewAction();
        QAction* side = m_window->graphPanel()->sidePanelAction();
        QVERIFY(view->actions().contains(overview));
        QVERIFY(view->actions().contains(side));
        QVERIFY(overview->isEnabled() && side->isEnabled());
        auto* views = find<QTabWidget>("views");
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        const bool shown = side->isChecked();
        side->trigger(); // as the menu item does
        QCOMPARE(side->isChecked(), !shown);
        QCOMPARE(views->currentWidget(), static_cast<QWidget*>(m_window->graphPanel())); // shown where it changes
        QCOMPARE(m_window->graphPanel()->sidePanel()->isHidden(), shown); // (the panel itself waits for contacts)
        side->trigger();
        QCOMPARE(m_window->graphPanel()->sidePanel()->isHidden(), !shown);
    }

    void searchFindsAContact()
    {
        addSamirAndEleanor();
        m_window->findChild<ContactListView*>()->selectContact(m_eleanor);
        QTRY_COMPARE(find<QLabel>("contactHeader")->text(), QStringLiteral("Eleanor <b>Maybrey</b>"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = find<QLineEdit>("searchEdit");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("meri"));
        QTRY_COMPARE(visibleNames(), QStringList {QStringLiteral("Samir Haddad")});
        // Eleanor was shown; now hidden, the editor shows the remaining match, and it is selected.
        auto* list = find<ContactListView>("contactList");
        QTRY_COMPARE(list->selectedContactIds().size(), 1);
        QCOMPARE(find<QLabel>("contactHeader")->text(), QStringLiteral("Samir Haddad"));
        QVERIFY(find<QAction>("deleteContactAction")->isEnabled());
    }

    void downAfterAFullNameOpensThatPerson()
    {
        // Samir sorts first by name and his notes mention Yuki: the search still lists Yuki first.
        ContactStore* store = m_window->session()->store();
        Contact samir = Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"));
        samir.notes = QStringLiteral("Offered to introduce me to Yuki Nakamura.");
        const qint64 samirId = store->addContact(samir);
        const qint64 yuki = store->addContact(Test::sampleContact(QStringLiteral("Yuki"), QStringLiteral("Nakamura")));
        QVERIFY(samirId && yuki);
        auto* list = find<ContactListView>("contactList");
        QTRY_COMPARE(list->model()->rowCount(), 2);
        list->selectContact(samirId);
        QTRY_COMPARE(find<QLabel>("contactHeader")->text(), QStringLiteral("Samir Haddad"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = find<QLineEdit>("searchEdit");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Yuki Nakamura"));
        QTRY_COMPARE(visibleNames(), (QStringList {QStringLiteral("Samir Haddad"), QStringLiteral("Yuki Nakamura")}));
        QCOMPARE(m_window->session()->filterModel()->contactIdAt(0), yuki);
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_COMPARE(find<QLabel>("contactHeader")->text(), QStringLiteral("Yuki Nakamura"));
        QCOMPARE(list->selectedContactIds(), QList<qint64> {yuki});
        QVERIFY(list->hasFocus());
    }

    void editTheFoundContact()
    {
        addSamirAndEleanor();
        searchForSamir();
        auto* list = find<ContactListView>("contactList");
        list->setFocus();
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        typeInto("titleEdit", QStringLiteral("Associate Director"));
        QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Return);
        const auto* model = m_window->session()->filterModel();
        QTRY_COMPARE(model->index(0, ContactListModel::Title).data().toString(), QStringLiteral("Associate Director"));
        const qint64 id = model->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong();
        QCOMPARE(m_window->session()->store()->contact(id)->title, QStringLiteral("Associate Director"));
    }

    void scrollingTheEditorChangesNothing()
    {
        // The wheel over Strength or Stage while scrolling the form must not rewrite the contact.
        Contact sample = Test::sampleContact(QStringLiteral("Wheel"), QStringLiteral("Tester"));
        sample.strength = 2;
        const qint64 id = m_window->session()->store()->addContact(sample);
        QVERIFY(id);
        m_window->findChild<ContactListView*>()->selectContact(id);
        const Contact before = *m_window->session()->store()->contact(id);
        find<QLineEdit>("firstNameEdit")->setFocus();
        for (const char* name : {"strengthSpin", "stageCombo", "connectedOnEdit", "checkInSpin"}) {
            QWidget* field = find<QWidget>(name);
            QVERIFY(!field->hasFocus());
            const auto shown = [field] {
                if (auto* box = qobject_cast<QComboBox*>(field))
                    return box->currentText();
                return static_cast<QAbstractSpinBox*>(field)->text();
            };
            const QString value = shown();
            for (const int notches : {120, -120}) { // one of the two would move any unguarded value
                const QPoint centre = field->rect().center();
                QWheelEvent wheel(centre, field->mapToGlobal(centre), QPoint(), QPoint(0, notches), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(field, &wheel);
                QCOMPARE(shown(), value);
            }
        }
        m_window->findChild<ContactListView*>()->setFocus(); // leaving the editor commits any edit
        QVERIFY(m_window->session()->store()->contact(id)->sameContent(before));
        // Once focused, the wheel does change the value, as the user meant it to.
        auto* strength = find<QSpinBox>("strengthSpin");
        strength->setFocus();
        const int value = strength->value();
        QWheelEvent up(strength->rect().center(), strength->mapToGlobal(strength->rect().center()), QPoint(),
            QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(strength, &up);
        QCOMPARE(strength->value(), qMin(value + 1, strength->maximum()));
        m_window->findChild<ContactListView*>()->setFocus();
        QVERIFY(m_window->session()->store()->removeContact(id));
    }

    void deleteAndUndo()
    {
        addSamirAndEleanor(QStringLiteral("Associate Director"));
        searchForSamir();
        auto* list = find<ContactListView>("contactList");
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        const qint64 id = list->currentContactId();
        QVERIFY(id);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(m_window->session()->store()->count(), 1);
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("Samir Haddad")));
        QCOMPARE(visibleNames(), QStringList());

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->session()->store()->count(), 2);
        QCOMPARE(visibleNames(), QStringList {QStringLiteral("Samir Haddad")});
        QCOMPARE(m_window->session()->store()->contact(id)->title, QStringLiteral("Associate Director"));

        // Redo deletes again; undo once more brings it back.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_window->session()->store()->count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->session()->store()->count(), 2);
    }

    void deleteCanBeCancelled()
    {
        addSamirAndEleanor();
        const int before = m_window->session()->store()->count();
        auto* list = find<ContactListView>("contactList");
        list->setFocus();
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_window->session()->store()->count(), before);
    }

    void notesSaveWhileTyping()
    {
        addSamirAndEleanor();
        auto* list = find<ContactListView>("contactList");
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        const qint64 id = list->currentContactId();
        const QString before = m_window->session()->store()->contact(id)->notes;
        auto* notes = find<QPlainTextEdit>("notesEdit");
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Ask about the MSL role."));
        // Saved shortly after typing pauses, while the field still has focus.
        QTRY_COMPARE(
            m_window->session()->store()->contact(id)->notes, before + QStringLiteral("Ask about the MSL role."));
        QVERIFY(notes->hasFocus());
        QTest::keyClicks(notes, QStringLiteral(" And the travel."));
        QTRY_VERIFY(m_window->session()->store()->contact(id)->notes.endsWith(QStringLiteral("travel.")));
        // Both bursts of typing are one undo step.
        trigger("undoAction");
        QTRY_COMPARE(m_window->session()->store()->contact(id)->notes, before);
        QCOMPARE(notes->toPlainText(), before);
    }

    // Zoom and Fit in the View menu act on the graph alone: greyed while another view is shown.
    void graphZoomIsOnlyOfferedWithTheGraph()
    {
        addSamirAndEleanor();
        trigger("showContactsAction");
        for (const char* name : {"zoomInAction", "zoomOutAction", "fitGraphAction"})
            QTRY_VERIFY2(!find<QAction>(name)->isEnabled(), name);
        trigger("showGraphAction");
        for (const char* name : {"zoomInAction", "zoomOutAction", "fitGraphAction"})
            QTRY_VERIFY2(find<QAction>(name)->isEnabled(), name);
        trigger("showMeetingsAction");
        QTRY_VERIFY(!find<QAction>("fitGraphAction")->isEnabled());
    }

    // Edit ▸ Delete Contact acts on the contacts selected in the list or the graph: on Today or
    // Meetings it would delete someone not on screen, so it is greyed there (new-user trial).
    void deleteIsForTheContactsOnScreen()
    {
        addSamirAndEleanor();
        trigger("showContactsAction");
        auto* list = find<ContactListView>("contactList");
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        QTRY_VERIFY(find<QAction>("deleteContactAction")->isEnabled());
        trigger("showTodayAction");
        QTRY_VERIFY(!find<QAction>("deleteContactAction")->isEnabled());
        trigger("showMeetingsAction");
        QVERIFY(!find<QAction>("deleteContactAction")->isEnabled());
        trigger("showGraphAction");
        QTRY_VERIFY(find<QAction>("deleteContactAction")->isEnabled());
    }

    void longUndoNamesAreCutAtAWordAndWholeInTheStatusBar()
    {
        addSamirAndEleanor();
        const QString name = QStringLiteral(
            "Change the notes of the meeting with Maximiliane Featherstonehaugh-Whitcombe on 9 Dec 2026");
        auto* step = new QUndoCommand(name);
        m_window->session()->undoStack()->push(step);
        auto* undo = find<QAction>("undoAction");
        QTRY_VERIFY(undo->text().startsWith(QStringLiteral("&Undo Change the notes")));
        QVERIFY(undo->text().endsWith(QChar(0x2026)));
        const QString shown = undo->text().mid(QStringLiteral("&Undo ").size()).chopped(1);
        QVERIFY2(name.startsWith(shown + QLatin1Char(' ')), qPrintable(shown)); // cut between words
        QVERIFY(shown.size() >= 40);
        QCOMPARE(undo->statusTip(), QStringLiteral("Undo ") + name);
        // A usual name is whole.
        m_window->session()->undoStack()->push(new QUndoCommand(QStringLiteral("Edit Samir Haddad")));
        QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Edit Samir Haddad"));
    }

    void draftIsKeptWhenLeavingIt()
    {
        addSamirAndEleanor();
        const int before = m_window->session()->store()->count();
        trigger("newContactAction");
        typeInto("firstNameEdit", QStringLiteral("Half"));
        typeInto("lastNameEdit", QStringLiteral("Typed"));
        auto* list = find<ContactListView>("contactList");
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        QTRY_COMPARE(m_window->session()->store()->count(), before + 1);
        QVERIFY(!m_window->session()->store()->search(QStringLiteral("half typed")).isEmpty());
        // Never silently: the window says it was added, and how to take it back.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Half Typed")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Undo")));
    }

    void escapeCancelsANewContact()
    {
        addSamirAndEleanor();
        const int before = m_window->session()->store()->count();
        trigger("newContactAction");
        typeInto("firstNameEdit", QStringLiteral("Zed"));
        QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_Escape);
        QVERIFY(!find<ContactEditor>("contactEditor")->isDraft());
        auto* list = find<ContactListView>("contactList");
        list->selectContact(
            m_window->session()->filterModel()->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong());
        QCOMPARE(m_window->session()->store()->count(), before);
        QVERIFY(m_window->session()->store()->search(QStringLiteral("zed")).isEmpty());
    }

    void restoringABackupAsksAndKeepsTheReplacedNetwork()
    {
        addSamirAndEleanor();
        ContactStore* store = m_window->session()->store();
        const int before = store->count();
        QString error;
        const QString copy = Backups::take(m_window->session()->database(), QStringLiteral("daily"), &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QVERIFY(store->addContact(Test::sampleContact(QStringLiteral("After"), QStringLiteral("Backup"))));
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->restoreBackup(copy)); // asked, and the answer was no
        QCOMPARE(store->count(), before + 1);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(m_window->restoreBackup(copy));
        QCOMPARE(m_window->session()->store()->count(), before);
        QTRY_COMPARE(m_window->session()->listModel()->rowCount(), before); // the list follows
        const auto backups = Backups::list(m_window->session()->path());
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(), [before](const BackupInfo& b) {
            return b.reason == QLatin1String("replaced") && b.contacts == before + 1;
        }));
    }

    void aDamagedNetworkOffersItsLatestBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.rapport"));
        {
            Database database;
            QVERIFY(database.open(path));
            ContactStore store(database);
            QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Kept"), QStringLiteral("Safe"))));
            QString error;
            QVERIFY(!Backups::take(database, QStringLiteral("daily"), &error).isEmpty());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(4096, '\xff')); // the header and first page destroyed
        file.close();

        MainWindow second;
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!second.openNetwork(path)); // declined: nothing moves
        QVERIFY(QFileInfo(path).size() > 0);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(second.openNetwork(path));
        QCOMPARE(second.session()->store()->count(), 1);
        const QStringList aside = QFileInfo(path).dir().entryList({QStringLiteral("damaged.rapport.damaged-*")});
        QVERIFY(!aside.isEmpty()); // the damaged file is kept
    }

    // A network changed with the sqlite3 tool: the window names what Rapport did not create and
    // offers to repair it after a backup; declined, nothing changes; a table of its own is refused.
    void aNetworkWithAForeignTriggerOffersARepair()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.rapport"));
        {
            Database database;
            QVERIFY(database.open(path));
            QString error;
            QVERIFY2(DemoNetwork::fill(database, &error), qPrintable(error));
        }
        const auto plant = [](const QString& file, const char* sql) {
            sqlite3* db = nullptr;
            const bool ok = sqlite3_open(QFile::encodeName(file).constData(), &db) == SQLITE_OK
                && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
            sqlite3_close(db);
            return ok;
        };
        const QString tableCopy = m_dir.filePath(QStringLiteral("shared-table.rapport"));
        QVERIFY(QFile::copy(path, tableCopy));
        // Every meeting edit would copy its notes into an outreach template named "loot".
        QVERIFY(plant(path,
            "CREATE TRIGGER steal AFTER UPDATE ON interaction BEGIN INSERT INTO outreach_template (kind, name, body) "
            "VALUES ('other', 'loot', NEW.notes); END;"
            "CREATE VIEW peek AS SELECT notes FROM interaction;"
            "DROP INDEX contact_tag_tag; CREATE INDEX contact_tag_tag ON contact_tag(tag, position);"));

        MainWindow second;
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!second.openNetwork(path)); // declined: nothing changes
        QVERIFY(!second.session());
        const QString asked = MessageBoxes::lastMessage();
        for (const char* name : {"trigger \"steal\"", "view \"peek\"", "index \"contact_tag_tag\"", "Repair"})
            QVERIFY2(asked.contains(QLatin1String(name)), qPrintable(asked));
        QVERIFY(Backups::list(path).isEmpty());

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QVERIFY(second.openNetwork(path));
        QVERIFY(second.statusBar()->currentMessage().contains(QStringLiteral("repaired")));
        const auto backups = Backups::list(path);
        QVERIFY(std::any_of(
            backups.cbegin(), backups.cend(), [](const BackupInfo& b) { return b.reason == QLatin1String("repair"); }));
        MeetingStore* meetings = second.session()->meetings();
        const QList<Meeting> all = meetings->allMeetings();
        QVERIFY(!all.isEmpty());
        QVERIFY(meetings->saveNotes(all.first().id, QStringLiteral("Private: salary was 95k.")));
        const QSqlDatabase db = second.session()->database().connection();
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM outreach_template WHERE name = 'loot'"))
                     .toInt(),
            0);
        QCOMPARE(SqlStatement::scalar(
                     db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('steal', 'peek')"))
                     .toInt(),
            0);

        // A table Rapport did not create is not dropped: the network is refused, and says so.
        QVERIFY(plant(tableCopy,
            "CREATE TABLE loot (notes TEXT); CREATE TRIGGER steal AFTER UPDATE ON interaction BEGIN "
            "INSERT INTO loot VALUES (NEW.notes); END;"));
        MainWindow third;
        QVERIFY(!third.openNetwork(tableCopy));
        QVERIFY(!third.session());
        QVERIFY2(MessageBoxes::lastMessage().contains(QStringLiteral("table \"loot\"")),
            qPrintable(MessageBoxes::lastMessage()));
        QVERIFY(Backups::list(tableCopy).isEmpty());
    }

    void theDailyCopyIsTakenOnceTheWindowIsOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("daily.rapport"));
        {
            Database database;
            QVERIFY(database.open(path));
            ContactStore store(database);
            QVERIFY(store.addContact(Test::sampleContact(QStringLiteral("Ines"), QStringLiteral("Duarte"))));
        }
        MainWindow window;
        QVERIFY(window.openNetwork(path));
        const auto dailies = [&path] {
            const QList<BackupInfo> all = Backups::list(path);
            return std::count_if(all.cbegin(), all.cend(),
                [](const BackupInfo& b) { return b.reason == QLatin1String("daily") && b.contacts == 1; });
        };
        QCOMPARE(dailies(), 0); // not while the window opens: it waits until the window is up
        QTRY_COMPARE_WITH_TIMEOUT(dailies(), 1, NetworkSession::kDailyBackupDelayMs + 10000);
    }

    void aSecondWindowOnTheSameNetworkIsRefused()
    {
        const QString path = m_window->session()->path();
        {
            MainWindow second;
            QVERIFY(!second.openNetwork(path));
            QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("already open in another Rapport window")));
            QVERIFY(!second.session());
        }
        QVERIFY(m_window->openNetwork(path)); // the window that has it keeps it (opening it again is a no-op)
        // Once it is closed, another window may open it.
        const QString other = QFileInfo(path).dir().filePath(QStringLiteral("other.rapport"));
        QVERIFY(m_window->openNetwork(other));
        {
            MainWindow second;
            QVERIFY(second.openNetwork(path));
            QVERIFY(!m_window->openNetwork(path)); // now the second window has it
        }
        QVERIFY(m_window->openNetwork(path)); // and gives it back when it closes
    }

    void searchKeepsTheSelectionAndTheEditorTruthful()
    {
        // Enough people that one keystroke changes the rows in hundreds of places.
        const QString path = m_dir.filePath(QStringLiteral("many.rapport"));
        constexpr int people = 408;
        constexpr int odd = (people + 1) / 2; // first names alternate Odd, Even
        {
            Database database;
            QVERIFY(database.open(path));
            ContactStore store(database);
            for (int i = 1; i <= people; ++i) {
                QVERIFY(store.addContact(Test::sampleContact(
                    i % 2 ? QStringLiteral("Odd") : QStringLiteral("Even"), QStringLiteral("Person%1").arg(i))));
            }
        }
        QVERIFY(m_window->openNetwork(path));
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        auto* list = find<ContactListView>("contactList");
        auto* search = find<QLineEdit>("searchEdit");
        const QAbstractItemModel* model = list->model();
        const auto status = [this] {
            QStringList texts;
            for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
                texts << label->text();
            return texts.join(QLatin1Char('|'));
        };
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("odd"));
        QTRY_COMPARE(model->rowCount(), odd);
        QVERIFY2(
            status().contains(QStringLiteral("%1 of %2 contacts shown").arg(odd).arg(people)), qPrintable(status()));
        // Every match selected the way people do it: a click, then a shift-click on the last.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(0, 0)).center());
        list->scrollToBottom();
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, Qt::ShiftModifier, list->visualRect(model->index(odd - 1, 0)).center());
        QCOMPARE(list->selectedContactIds().size(), odd);
        // Erasing the search shows everyone again, and exactly the same people stay selected.
        while (!search->text().isEmpty())
            QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE(model->rowCount(), people);
        const QList<qint64> selected = list->selectedContactIds();
        QCOMPARE(selected.size(), odd);
        for (const qint64 id : selected)
            QCOMPARE(m_window->session()->store()->contact(id)->firstName, QStringLiteral("Odd"));
        QVERIFY2(status().contains(QStringLiteral("%1 contacts").arg(people)), qPrintable(status()));
        // When nobody matches, the editor shows nobody (not a contact the list hides).
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QTRY_COMPARE(model->rowCount(), 0);
        QTRY_VERIFY(!find<QLabel>("contactHeader")->isVisible());
        QVERIFY2(status().contains(QStringLiteral("0 of %1 contacts shown").arg(people)), qPrintable(status()));
        search->clear();
        QTRY_COMPARE(model->rowCount(), people);

        // Meeting notes are searchable as soon as they save themselves.
        const qint64 someone = selected.first();
        Meeting meeting;
        meeting.contactId = someone;
        meeting.start = QDateTime::currentDateTimeUtc();
        const qint64 meetingId = m_window->session()->meetings()->addMeeting(meeting);
        QVERIFY(meetingId);
        QTest::keyClicks(search, QStringLiteral("quantum"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(m_window->session()->meetings()->saveNotes(meetingId, QStringLiteral("Works on quantum sensors.")));
        QTRY_COMPARE(model->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("quantum"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(ContactListModel::ContactIdRole).toLongLong(), someone);
        search->clear();
    }

    void exportsFromTheFileMenu()
    {
        addSamirAndEleanor();
        const int contacts = m_window->session()->listModel()->rowCount();
        QVERIFY(contacts > 0);
        for (const char* suffix : {"json", "csv", "vcf", "ics"}) {
            const QString path = m_dir.filePath(QStringLiteral("exported.") + QLatin1String(suffix));
            FileDialogs::setNextSavePath(path);
            trigger(qPrintable(QStringLiteral("export_") + QLatin1String(suffix)));
            QTRY_VERIFY(QFile::exists(path)
                && find<QAction>(qPrintable(QStringLiteral("export_") + QLatin1String(suffix)))->isEnabled());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (qstrcmp(suffix, "json") == 0)
                QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("contacts")).toArray().size(),
                    contacts);
            else if (qstrcmp(suffix, "vcf") == 0)
                QCOMPARE(bytes.count("BEGIN:VCARD"), contacts);
            else if (qstrcmp(suffix, "csv") == 0)
                QCOMPARE(bytes.count('\n'), contacts + 1); // the header and a line each
            else
                QVERIFY(bytes.startsWith("BEGIN:VCALENDAR"));
        }
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("exported.ics")));
    }

    void tabWalksTheWholeWindow()
    {
        // From the search box, Tab reaches the filters, the list and every field of the editor,
        // and never gets stuck (a date field showing "no date" used to keep Tab forever).
        addSamirAndEleanor();
        m_window->findChild<ContactListView*>()->selectContact(m_samir);
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        QApplication::setActiveWindow(m_window.get());
        auto* search = find<QLineEdit>("searchEdit");
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QStringList visited;
        for (int i = 0; i < 60 && !visited.contains(QStringLiteral("notesEdit")); ++i) {
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            if (visited.isEmpty() || visited.last() != focused->objectName())
                visited << focused->objectName();
            QTest::keyClick(focused, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != focused, qPrintable(focused->objectName()));
        }
        int last = -1;
        for (const char* name : {"searchEdit", "stageFilter", "tagFilter", "contactList", "firstNameEdit",
                 "lastNameEdit", "organizationEdit", "stageCombo", "strengthSpin", "connectedOnEdit", "notesEdit"}) {
            const int at = int(visited.indexOf(QLatin1String(name)));
            QVERIFY2(at > last, qPrintable(QLatin1String(name) + QLatin1Char(' ') + visited.join(QLatin1Char(' '))));
            last = at;
        }
    }

    void theGuideOpensWithF1()
    {
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto* guide = m_window->findChild<GuideWindow*>(QStringLiteral("guideWindow"));
        QTRY_VERIFY(guide && guide->isVisible());
        Test::saveScreenshot(guide, QStringLiteral("guide.png"));
        auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("guideText"));
        const QString plain = text->toPlainText();
        for (const char* topic : {"Asking for a meeting", "What to ask", "Never ask for a job",
                 "Say thank you within 24 hours", "Keep in touch", "Learn what you don't want"})
            QVERIFY2(plain.contains(QLatin1String(topic)), topic);
        // Every link stays inside the page, and every section can be reached from the contents.
        const QString html = text->toHtml();
        QCOMPARE(html.count(QStringLiteral("href=\"#")), InterviewGuide::sectionAnchors().size());
        QVERIFY(!html.contains(QStringLiteral("href=\"http")));
        const int top = text->verticalScrollBar()->value();
        guide->showSection(InterviewGuide::sectionAnchors().constLast());
        QVERIFY(text->verticalScrollBar()->value() > top);
        // F1 again brings the same window forward rather than opening another.
        trigger("guideAction");
        QCOMPARE(m_window->findChildren<GuideWindow*>().size(), 1);
        guide->close();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void fitsAHighDpiLaptopScreen()
    {
        // A 1920×1080 screen at 200% offers 960×540 logical pixels, less the panel and the
        // window frame: every view must fit in that, the editor beside it.
        addSamirAndEleanor();
        m_window->findChild<ContactListView*>()->selectContact(m_samir);
        for (int i = 0; i < m_window->findChild<QTabWidget*>()->count(); ++i) {
            m_window->findChild<QTabWidget*>()->setCurrentIndex(i);
            const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            if (minimum.width() > 940 || minimum.height() > 500) {
                for (QWidget* w : m_window->findChildren<QWidget*>())
                    if (w->minimumSizeHint().width() > 250)
                        qWarning() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint();
            }
            QVERIFY2(
                minimum.width() <= 940, qPrintable(QStringLiteral("view %1: %2 wide").arg(i).arg(minimum.width())));
            QVERIFY2(
                minimum.height() <= 500, qPrintable(QStringLiteral("view %1: %2 high").arg(i).arg(minimum.height())));
        }
        // At that size, the contact editor gets the width its form needs, rather than being clipped
        // (beside Contacts: Today, Meetings and Career Paths have no editor beside them).
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        const QSize before = m_window->size();
        m_window->resize(940, 500);
        auto* editor = m_window->findChild<QWidget*>(QStringLiteral("contactEditor"));
        QTRY_VERIFY(m_window->width() <= 940);
        QVERIFY2(editor->width() >= editor->minimumSizeHint().width(),
            qPrintable(QStringLiteral("%1 < %2").arg(editor->width()).arg(editor->minimumSizeHint().width())));
        m_window->resize(before);
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
    }

    void layoutIsRemembered()
    {
        find<QLineEdit>("searchEdit")->clear();
        m_window->resize(1111, 777);
        m_window->close();
        MainWindow second;
        QCOMPARE(second.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
