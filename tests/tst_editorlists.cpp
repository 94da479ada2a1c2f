// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactEditor.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "MainWindow.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Rapport;

// The contact editor's lists: Add e-mail and Add phone look like buttons, and every Remove (e-mails,
// Connections, Meetings, Follow-ups) is enabled only when there is something selected to remove.
class TestEditorLists : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_eleanor = 0;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child named %s", name);
        return widget;
    }

    NetworkSession* session() const { return m_window->session(); }
    ContactStore* store() const { return session()->store(); }

    void showContact(qint64 id)
    {
        find<QAction>("showContactsAction")->trigger();
        QTRY_COMPARE(session()->filterModel()->rowCount(), store()->count());
        m_window->findChild<ContactListView*>()->selectContact(id);
        QTRY_COMPARE(m_window->findChild<ContactEditor*>()->contactId(), id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editorlists"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_folder->filePath(QStringLiteral("lists.rapport"))));
        m_window->resize(1366, 740);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_eleanor = store()->addContact(
            Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey"), QStringLiteral("Whitfield")));
        QVERIFY(m_eleanor);
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void theAddButtonsLookLikeButtons()
    {
        showContact(m_eleanor);
        for (const char* name : {"emailsEditor", "phonesEditor"}) {
            auto* add = find<QWidget>(name)->findChild<QPushButton*>(QStringLiteral("addValueButton"));
            QVERIFY2(add && !add->isFlat(), name);
            QVERIFY2(!add->icon().isNull() || add->text().startsWith(QLatin1Char('+')), name);
        }
    }

    void removeIsForSomethingThere()
    {
        Contact c = Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"));
        c.emails = {{QStringLiteral("work"), QStringLiteral("samir@example.org")}};
        const qint64 samir = store()->addContact(c);
        showContact(samir);

        // E-mails: a row with an address can go; a blank one has nothing to remove, and goes by itself.
        QWidget* emails = find<QWidget>("emailsEditor");
        const auto removes = [emails] {
            QList<QToolButton*> visible;
            for (QToolButton* button : emails->findChildren<QToolButton*>(QStringLiteral("removeValueButton")))
                if (!button->isHidden())
                    visible.append(button);
            return visible;
        };
        QCOMPARE(removes().size(), 1);
        QVERIFY(removes().first()->isEnabled());
        QTest::mouseClick(emails->findChild<QPushButton*>(QStringLiteral("addValueButton")), Qt::LeftButton);
        QTRY_COMPARE(removes().size(), 2);
        QVERIFY(!removes().last()->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s@home.example"));
        QVERIFY(removes().last()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(!removes().last()->isEnabled());
        find<QLineEdit>("titleEdit")->setFocus();
        QTRY_COMPARE(removes().size(), 1);
        QCOMPARE(store()->contact(samir)->emails.size(), 1);

        // Connections: Remove only with a link selected.
        auto* removeLink = find<QPushButton>("removeLinkButton");
        QVERIFY(!removeLink->isEnabled()); // no links
        Referral link;
        link.referrerId = m_eleanor;
        link.referredId = samir;
        QVERIFY(session()->links()->add(link));
        auto* links = find<QListView>("linksList");
        QTRY_COMPARE(links->model()->rowCount(), 1);
        QVERIFY(!removeLink->isEnabled()); // nothing selected
        links->setCurrentIndex(links->model()->index(0, 0));
        QVERIFY(removeLink->isEnabled());
        links->clearSelection();
        QVERIFY(!removeLink->isEnabled());

        // Meetings and follow-ups: the same.
        auto* removeMeeting = find<QPushButton>("removeMeetingButton");
        auto* removeFollowUp = find<QPushButton>("removeFollowUpButton");
        QVERIFY(!removeMeeting->isEnabled());
        QVERIFY(!removeFollowUp->isEnabled());
        Meeting meeting;
        meeting.contactId = samir;
        meeting.start = QDateTime(QDate(2026, 3, 10), QTime(15, 0));
        QVERIFY(session()->meetings()->addMeeting(meeting));
        FollowUp followUp;
        followUp.contactId = samir;
        followUp.text = QStringLiteral("Send the article");
        followUp.due = QDate(2026, 3, 17);
        QVERIFY(session()->meetings()->addFollowUp(followUp));
        auto* meetings = find<PlaceholderTreeView>("contactMeetings");
        auto* followUps = find<PlaceholderTreeView>("contactFollowUps");
        QTRY_COMPARE(meetings->model()->rowCount(), 1);
        QTRY_COMPARE(followUps->model()->rowCount(), 1);
        QVERIFY(!removeMeeting->isEnabled());
        meetings->setCurrentIndex(meetings->model()->index(0, 0));
        QVERIFY(removeMeeting->isEnabled());
        followUps->setCurrentIndex(followUps->model()->index(0, 0));
        QVERIFY(removeFollowUp->isEnabled());
        QTest::mouseClick(removeMeeting, Qt::LeftButton);
        QTRY_COMPARE(meetings->model()->rowCount(), 0);
        QVERIFY(!removeMeeting->isEnabled()); // the list is empty now
        followUps->clearSelection();
        QVERIFY(!removeFollowUp->isEnabled());
    }
};

QTEST_MAIN(TestEditorLists)
#include "tst_editorlists.moc"
