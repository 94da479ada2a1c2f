// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keyboard mnemonics win in every shipped language (issue 16): Alt+<letter> of a menu title opens
// that menu on every page of the window, the items of one menu and the controls shown together on
// one page or dialog never share a letter, and every menu item has a letter or a shortcut.
// Dialogs covered: the meeting window, My Profile, Outreach Templates, Question Bank, Referred By /
// Referred / Knows, Path To, Outreach, Print Prep Sheets (batch and preview), Import History,
// Restore Backup and the import wizard's pages. Export and graph export are Qt's file dialogs.
#include "ContactListView.h"
#include "ContactStore.h"
#include "GraphPanel.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "OutreachDialog.h"
#include "PathDialog.h"
#include "PrepBatchDialog.h"
#include "PrepSheetWindow.h"
#include "ProfileDialog.h"
#include "QuestionBankDialog.h"
#include "RecentNetworks.h"
#include "ReferralDialog.h"
#include "RestoreBackupDialog.h"
#include "TemplatesDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWizard>

#include <functional>
#include <memory>

using namespace Rapport;

namespace {

// The letter Alt+<letter> reaches in a text ("&File" -> 'f'), or a null QChar; "&&" is a literal &.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Control {
    QChar letter;
    QString text;
};

// Buttons Qt itself labels (OK, Cancel, a wizard's Back and Finish) are Qt's to translate; the
// import wizard's Next says "&Import", ours.
bool isQtsOwnButton(QAbstractButton* button)
{
    if (auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget()))
        return box->standardButton(button) != QDialogButtonBox::NoButton;
    for (QWidget* w = button->parentWidget(); w; w = w->parentWidget()) {
        if (auto* wizard = qobject_cast<QWizard*>(w)) {
            for (auto which : {QWizard::BackButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton,
                     QWizard::HelpButton})
                if (wizard->button(which) == button)
                    return true;
            return false;
        }
    }
    return false;
}

// The controls of a window that carry a mnemonic and are shown now.
QList<Control> visibleControls(QWidget* window)
{
    QList<Control> controls;
    const auto add = [&](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            controls.append({letter, text});
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!isQtsOwnButton(button))
                add(button->text());
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy())
                add(label->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(box->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
        }
    }
    return controls;
}

// Pairs of controls that share a letter, described for the failure message.
QStringList clashes(const QList<Control>& controls, const QString& where)
{
    QStringList found;
    for (qsizetype i = 0; i < controls.size(); ++i)
        for (qsizetype j = i + 1; j < controls.size(); ++j)
            if (controls[i].letter == controls[j].letter)
                found.append(QStringLiteral("%1: '%2' and '%3' share Alt+%4")
                                 .arg(where, controls[i].text, controls[j].text, controls[i].letter.toUpper()));
    return found;
}

// Calls `check` once for every combination of tabs shown in a window (the main views, the
// editor's tabs inside them, a dialog's tabs), so every page is seen.
void forEachPage(QWidget* window, const std::function<void(const QString&)>& check, QSet<QTabWidget*> done = {},
    const QString& path = {})
{
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (done.contains(tabs) || !tabs->isVisibleTo(window) || tabs->window() != window)
            continue;
        done.insert(tabs);
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            forEachPage(window, check, done, path + QStringLiteral(" ▸ ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
        return;
    }
    check(window->windowTitle() + path);
}

QStringList pageClashes(QWidget* window)
{
    QStringList found;
    forEachPage(window, [&](const QString& where) {
        // RAPPORT_MNEMONICS_DUMP=1 lists every page's letters, to pick free ones when moving an '&'.
        if (qEnvironmentVariableIsSet("RAPPORT_MNEMONICS_DUMP")) {
            QStringList all;
            for (const Control& c : visibleControls(window))
                all << c.text;
            qWarning("DUMP %s: %s", qPrintable(where), qPrintable(all.join(QStringLiteral(" | "))));
        }
        found += clashes(visibleControls(window), where);
    });
    return found;
}

// Every menu under a menu bar or menu, with its path, for the per-menu checks.
void forEachMenu(QMenu* menu, const QString& path, const std::function<void(QMenu*, const QString&)>& visit)
{
    emit menu->aboutToShow(); // menus filled on demand (Open Recent) fill now
    visit(menu, path);
    for (QAction* action : menu->actions())
        if (action->menu())
            forEachMenu(action->menu(), path + QStringLiteral(" ▸ ") + action->text(), visit);
}

// Reports each clash once (the editor beside the views repeats on every tab), one per line.
void reportClashes(const QStringList& found)
{
    QSet<QString> seen;
    for (const QString& line : found) {
        const QString what = line.section(QStringLiteral(": "), 1);
        if (!seen.contains(what)) {
            seen.insert(what);
            qWarning("%s", qPrintable(line));
        }
    }
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<MainWindow> m_window;

    NetworkSession* session() const { return m_window->session(); }

    // The whole network's first contact with a meeting, for the dialogs about one contact.
    Meeting someMeeting() const
    {
        const QList<Meeting> meetings = m_window->session()->meetings()->allMeetings();
        return meetings.isEmpty() ? Meeting {} : meetings.first();
    }

    // Shows a dialog beside the window, checks its pages, and closes it.
    QStringList dialogClashes(QDialog* dialog)
    {
        dialog->show();
        const QStringList found = pageClashes(dialog);
        dialog->close();
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
        QSettings().clear();
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QFETCH_GLOBAL(QString, language);
        if (language != QStringLiteral("en")) {
            m_translator = std::make_unique<QTranslator>();
            QVERIFY(m_translator->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language)));
            QCoreApplication::installTranslator(m_translator.get());
        }
        QLocale::setDefault(QLocale(language));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1920, 1200); // wide enough that no toolbar folds its controls away
        QVERIFY(m_window->openDemoNetwork());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // A contact chosen, so the editor shows its fields.
        auto* list = m_window->findChild<ContactListView*>();
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
    }

    void cleanup()
    {
        m_window.reset();
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        QLocale::setDefault(QLocale::c());
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* name : {"en", "fr", "es", "de"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void menuTitlesWinOnEveryPage()
    {
        QList<Control> titles;
        for (QAction* menu : m_window->menuBar()->actions()) {
            const QChar letter = mnemonicOf(menu->text());
            QVERIFY2(!letter.isNull(), qPrintable(menu->text()));
            titles.append({letter, menu->text()});
        }
        QStringList found = clashes(titles, QStringLiteral("menu bar"));
        forEachPage(m_window.get(), [&](const QString& where) {
            const QList<Control> controls = visibleControls(m_window.get());
            for (const Control& title : std::as_const(titles))
                for (const Control& control : controls)
                    if (control.letter == title.letter)
                        found.append(QStringLiteral("%1: '%2' takes Alt+%3 from the menu '%4'")
                                         .arg(where, control.text, title.letter.toUpper(), title.text));
        });
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }

    void controlsOnOnePageHaveDistinctLetters()
    {
        const QStringList found = pageClashes(m_window.get());
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }

    void itemsOfOneMenuHaveDistinctLetters()
    {
        QStringList found;
        for (QAction* top : m_window->menuBar()->actions()) {
            forEachMenu(top->menu(), top->text(), [&](QMenu* menu, const QString& path) {
                QList<Control> items;
                for (QAction* action : menu->actions()) {
                    const QChar letter = mnemonicOf(action->text());
                    if (action->isVisible() && !action->isSeparator() && !letter.isNull())
                        items.append({letter, action->text()});
                }
                found += clashes(items, path);
            });
        }
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }

    void everyMenuItemHasALetterOrAShortcut()
    {
        RecentNetworks::add(session()->database().path()); // so Open Recent lists one and Clear List
        QStringList found;
        for (QAction* top : m_window->menuBar()->actions()) {
            forEachMenu(top->menu(), top->text(), [&](QMenu* menu, const QString& path) {
                for (QAction* action : menu->actions()) {
                    // A disabled placeholder ("No recent networks") can't be chosen at all.
                    if (action->isSeparator() || !action->isVisible() || !action->isEnabled())
                        continue;
                    if (mnemonicOf(action->text()).isNull() && action->shortcut().isEmpty())
                        found.append(path + QStringLiteral(" ▸ ") + action->text());
                }
            });
        }
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }

    void dialogsHaveDistinctLetters()
    {
        const Meeting meeting = someMeeting();
        QVERIFY(meeting.id > 0);
        const std::optional<Contact> contact = session()->store()->contact(meeting.contactId);
        QVERIFY(contact);
        QWidget* parent = m_window.get();
        QStringList found;
        found += dialogClashes(new MeetingDialog(session(), meeting.id, parent));
        found += dialogClashes(new ProfileDialog(session(), parent));
        found += dialogClashes(new TemplatesDialog(session(), parent));
        found += dialogClashes(new QuestionBankDialog(session(), parent));
        const QList<ContactSummary> people = session()->store()->directory();
        for (auto role :
            {ReferralDialog::Role::ReferredBy, ReferralDialog::Role::Referred, ReferralDialog::Role::Knows})
            found += dialogClashes(new ReferralDialog(role, *contact, people, parent));
        found += dialogClashes(new PathDialog(m_window->graphPanel()->graph(), contact->id, parent));
        found += dialogClashes(new OutreachDialog(session(), contact->id, parent));
        found += dialogClashes(new PrepBatchDialog(session(), parent));
        found += dialogClashes(new PrepSheetWindow(session(), {{contact->id, meeting.id}}, parent));
        found += dialogClashes(new ImportHistoryDialog(session()->database(), parent));
        found += dialogClashes(new RestoreBackupDialog(session()->database().path(), parent));
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }

    void importWizardPagesHaveDistinctLetters()
    {
        QStringList found;
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            ImportWizard* wizard = nullptr;
            QTRY_VERIFY((wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget())) != nullptr);
            // Each page up to the import itself (Next on the review page imports).
            QSet<int> seen;
            while (!seen.contains(wizard->currentId())) {
                seen.insert(wizard->currentId());
                found += pageClashes(wizard);
                QAbstractButton* next = wizard->button(QWizard::NextButton);
                if (!next->isVisible() || !next->isEnabled())
                    break;
                wizard->next();
            }
            ran = true;
            QMetaObject::invokeMethod(wizard, &QDialog::reject, Qt::QueuedConnection);
        });
        m_window->importFile(QStringLiteral(RAPPORT_TEST_DATA "/import/linkedin_connections.csv"));
        QVERIFY(ran);
        reportClashes(found);
        QVERIFY2(found.isEmpty(), "see the clashes above");
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
