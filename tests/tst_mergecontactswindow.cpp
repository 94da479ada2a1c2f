// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Clock.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MergeContactsDialog.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Rapport;

// Edit ▸ Merge Contacts… in the real window: select two people, pick a value, merge, undo.
class TestMergeContactsWindow : public QObject
{
    Q_OBJECT

    // Every test function gets its own network with the same three people, and its own window.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_older = 0;
    qint64 m_newer = 0;
    qint64 m_someoneElse = 0;

    ContactStore* store() const { return m_window->session()->store(); }
    ContactListView* list() const { return m_window->findChild<ContactListView*>(QStringLiteral("contactList")); }
    QAction* mergeAction() const { return m_window->findChild<QAction*>(QStringLiteral("mergeContactsAction")); }

    void click(qint64 id, Qt::KeyboardModifiers modifiers)
    {
        const auto* model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ContactListModel::Name);
            if (index.data(ContactListModel::ContactIdRole).toLongLong() == id) {
                list()->scrollTo(index);
                QTest::mouseClick(list()->viewport(), Qt::LeftButton, modifiers, list()->visualRect(index).center());
                return;
            }
        }
        QFAIL("contact not in the list");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mergecontactswindow"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_dir->filePath(QStringLiteral("merge.rapport"))));
        Contact samir
            = Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Pfizer"));
        samir.title = QStringLiteral("Scientist");
        samir.emails = {{QStringLiteral("work"), QStringLiteral("samir@pfizer.com")}};
        m_older = store()->addContact(samir);
        const QDateTime created = Clock::currentDateTimeUtc();
        while (Clock::currentDateTimeUtc() <= created) // created a moment later: the next millisecond
            QThread::yieldCurrentThread();
        samir.title = QStringLiteral("Senior Scientist");
        samir.emails = {{QStringLiteral("home"), QStringLiteral("samir.h@gmail.com")}};
        m_newer = store()->addContact(samir);
        m_someoneElse = store()->addContact(Test::sampleContact(QStringLiteral("Léa"), QStringLiteral("Fontaine")));
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void mergeNeedsExactlyTwoSelected()
    {
        click(m_older, Qt::NoModifier);
        QTRY_COMPARE(list()->selectedContactIds().size(), 1);
        QVERIFY(!mergeAction()->isEnabled());
        click(m_someoneElse, Qt::ControlModifier);
        click(m_newer, Qt::ControlModifier);
        QTRY_COMPARE(list()->selectedContactIds().size(), 3);
        QVERIFY(!mergeAction()->isEnabled());
        click(m_someoneElse, Qt::ControlModifier);
        QTRY_COMPARE(list()->selectedContactIds().size(), 2);
        QVERIFY(mergeAction()->isEnabled());
    }

    void mergePickUndo()
    {
        const int everyone = store()->count();
        click(m_older, Qt::NoModifier);
        click(m_newer, Qt::ControlModifier);
        QTRY_VERIFY(mergeAction()->isEnabled());
        mergeAction()->trigger();
        MergeContactsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")))
            && dialog->isVisible());
        Test::saveScreenshot(dialog, QStringLiteral("merge-contacts.png"));
        auto* keepOlder = dialog->findChild<QRadioButton*>(QStringLiteral("titleKeptButton"));
        auto* takeNewer = dialog->findChild<QRadioButton*>(QStringLiteral("titleOtherButton"));
        QVERIFY(keepOlder && takeNewer);
        QVERIFY(keepOlder->isChecked()); // both typed: the older contact's value by default
        QCOMPARE(takeNewer->text(), QStringLiteral("Senior Scientist"));
        // Names and organisations agree: nothing to ask there.
        QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("firstNameKeptButton")));
        QTest::mouseClick(takeNewer, Qt::LeftButton);
        QVERIFY(takeNewer->isChecked() && !keepOlder->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);

        QTRY_COMPARE(store()->count(), everyone - 1);
        QVERIFY(!store()->contact(m_newer));
        const Contact merged = *store()->contact(m_older);
        QCOMPARE(merged.title, QStringLiteral("Senior Scientist"));
        QCOMPARE(merged.emails.size(), 2);
        QTRY_COMPARE(list()->currentContactId(), m_older);
        QCOMPARE(list()->selectedContactIds(), QList<qint64> {m_older});
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Merged")));
        QVERIFY(!mergeAction()->isEnabled());
        QTRY_VERIFY(!m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")));

        // The offscreen platform has no window manager to hand the focus back once the dialog is gone.
        QApplication::setActiveWindow(m_window.get());
        // Ctrl+Z: both are back, each as it was.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(store()->count(), everyone);
        QCOMPARE(store()->contact(m_older)->title, QStringLiteral("Scientist"));
        QCOMPARE(store()->contact(m_older)->emails.size(), 1);
        QCOMPARE(store()->contact(m_newer)->title, QStringLiteral("Senior Scientist"));
        QCOMPARE(m_window->session()->filterModel()->rowCount(), everyone);

        // Ctrl+Shift+Z merges again.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(store()->count(), everyone - 1);
        QCOMPARE(store()->contact(m_older)->title, QStringLiteral("Senior Scientist"));
    }

    void cancelMergesNothing()
    {
        const int everyone = store()->count();
        click(m_older, Qt::NoModifier);
        click(m_newer, Qt::ControlModifier);
        QTRY_VERIFY(mergeAction()->isEnabled());
        mergeAction()->trigger();
        MergeContactsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")))
            && dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")));
        QCOMPARE(store()->count(), everyone);
    }
};

QTEST_MAIN(TestMergeContactsWindow)
#include "tst_mergecontactswindow.moc"
