// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window and a network that stops being readable while it is open: a message box names the
// network file and the problem (once per problem), and each view says what it could not read
// where its list would be, rather than showing an empty list.
#include "BrokenNetwork.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "EmptyStateWidget.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Rapport;

class TestReadFailuresWindow : public QObject
{
    Q_OBJECT

    // Every test function gets its own folder, network and window (init/cleanup), and breaks the
    // network itself, so each runs alone and in any order.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_ada = 0;
    qint64 m_bo = 0;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child named %s", name);
        return widget;
    }

    QString statusText() const
    {
        QStringList texts;
        for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    }

    // The lines of a view, or what it says in their place.
    static QString viewTexts(const PlaceholderTreeView* view)
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, 0).data().toString());
        texts.append(view->shownPlaceholder());
        return texts.join(QLatin1Char('\n'));
    }

    // The message box (swallowed in test mode) names the network and the problem.
    bool told(const char* problem) const
    {
        const QString message = MessageBoxes::lastMessage();
        return message.contains(QDir::toNativeSeparators(m_path)) && message.contains(QLatin1String(problem));
    }

    static QString itemTexts(const QListWidget* list)
    {
        QStringList texts;
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
        return texts.join(QLatin1Char('\n'));
    }

    static QString itemTexts(const QAbstractItemView* view)
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, 0).data().toString());
        return texts.join(QLatin1Char('\n'));
    }

    // The meetings table gone, and the message box about it shown (for Ada's meetings).
    void breakTheMeetings()
    {
        QVERIFY(Test::dropTables(m_path, {QStringLiteral("interaction")}));
        m_window->findChild<ContactListView*>()->selectContact(m_bo);
        m_window->findChild<ContactListView*>()->selectContact(m_ada); // her meetings are read again
        QTRY_VERIFY2(told("no such table: interaction"), qPrintable(MessageBoxes::lastMessage()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readfailureswindow"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        MessageBoxes::information(nullptr, QString(), QString()); // nothing told yet (swallowed in test mode)
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Ada, met once, referred Bo.
        m_path = m_dir->filePath(QStringLiteral("readable for now.rapport"));
        {
            Database database;
            QVERIFY2(database.open(m_path), qPrintable(database.errorString()));
            ContactStore contacts(database);
            MeetingStore meetings(database);
            ReferralStore links(database);
            m_ada = contacts.addContact(Test::sampleContact(QStringLiteral("Ada"), QStringLiteral("Okafor")));
            m_bo = contacts.addContact(Test::sampleContact(QStringLiteral("Bo"), QStringLiteral("Ek")));
            Meeting held;
            held.contactId = m_ada;
            held.start = QDateTime(QDate(2025, 2, 3), QTime(10, 0));
            held.status = MeetingStatus::Held;
            QVERIFY(meetings.addMeeting(held));
            Referral link;
            link.referrerId = m_ada;
            link.referredId = m_bo;
            QVERIFY(links.add(link));
        }
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_path));
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        QVERIFY2(MessageBoxes::lastMessage().isEmpty(), qPrintable(MessageBoxes::lastMessage()));
    }

    void aContactsMeetingsThatCannotBeReadAreNotNoMeetings()
    {
        auto* list = find<ContactListView>("contactList");
        QVERIFY(list);
        list->selectContact(m_bo);
        QTRY_COMPARE(list->currentContactId(), m_bo);

        QVERIFY(Test::dropTables(m_path, {QStringLiteral("interaction")}));
        list->selectContact(m_ada); // her meetings, follow-ups and check-in are read again
        QTRY_COMPARE(list->currentContactId(), m_ada);
        const QString meetings = viewTexts(find<PlaceholderTreeView>("contactMeetings"));
        QVERIFY2(meetings.contains(QLatin1String("interaction")), qPrintable(meetings));
        QVERIFY2(!meetings.contains(QLatin1String("No meetings yet")), qPrintable(meetings));
        QVERIFY2(find<QLabel>("checkInLabel")->text().contains(QLatin1String("interaction")),
            qPrintable(find<QLabel>("checkInLabel")->text()));
        QTRY_VERIFY2(told("no such table: interaction"), qPrintable(MessageBoxes::lastMessage()));
        Test::saveScreenshot(m_window.get(), QStringLiteral("read-failure-contact.png"));
    }

    void theMeetingsViewSaysSoAndTheProblemIsToldOnce()
    {
        breakTheMeetings();
        MessageBoxes::information(nullptr, QString(), QStringLiteral("marker")); // swallowed in test mode
        m_window->findChild<QAction*>(QStringLiteral("showMeetingsAction"))->trigger();
        auto* view = find<PlaceholderTreeView>("meetingsList");
        QTRY_VERIFY(!view->shownPlaceholder().isEmpty());
        const QString first = view->shownPlaceholder();
        QVERIFY2(first.contains(QLatin1String("interaction")), qPrintable(first));
        // The same problem again: the views say it, but no second message box.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(MessageBoxes::lastMessage(), QStringLiteral("marker"));
    }

    void aNewProblemIsToldToo()
    {
        breakTheMeetings();
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        QVERIFY(Test::dropTables(m_path, {QStringLiteral("referral")}));
        find<ContactListView>("contactList")->selectContact(m_bo); // his links are read
        QTRY_VERIFY2(told("no such table: referral"), qPrintable(MessageBoxes::lastMessage()));
        const QString links = itemTexts(find<QListView>("linksList"));
        QVERIFY2(links.contains(QLatin1String("referral")), qPrintable(links));
        QVERIFY2(!links.contains(QLatin1String("No referrals")), qPrintable(links));
    }

    void aContactListThatCannotBeReadIsNotAnEmptyNetwork()
    {
        breakTheMeetings();
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->session()->store()->notifyContactsReset(); // what an import or its undo does
        QTRY_COMPARE(m_window->session()->listModel()->rowCount(), 0); // the reload runs on a worker
        QVERIFY(!m_window->session()->listModel()->loadError().isEmpty());
        QVERIFY(!find<EmptyStateWidget>("emptyState")->isVisible()); // no "import your first contacts"
        QVERIFY2(statusText().contains(QLatin1String("interaction")), qPrintable(statusText()));
        QVERIFY2(!statusText().contains(QLatin1String("0 contacts")), qPrintable(statusText()));
        Test::saveScreenshot(m_window.get(), QStringLiteral("read-failure-list.png"));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }
};

QTEST_MAIN(TestReadFailuresWindow)
#include "tst_readfailureswindow.moc"
