// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 16, the first run: a new network's welcome asks for My Profile, once per network, and
// never for the demo or for a network that already has a profile.
#include "DemoCopy.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ProfileStore.h"
#include "TestSupport.h"
#include "WelcomeDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

class TestWelcome : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_folder;

    std::unique_ptr<NetworkSession> openNew(const QString& name)
    {
        QString error;
        auto session = NetworkSession::open(m_folder->filePath(name), &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

    static void fillIn(WelcomeDialog* dialog, const Profile& profile)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("welcomeName")), profile.name);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("welcomeField")), profile.field);
        QTest::keyClicks(
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("welcomeIntroduction")), profile.introduction);
    }

    static Profile sample()
    {
        Profile profile;
        profile.name = QStringLiteral("Sam Rivera");
        profile.field = QStringLiteral("a postdoc in cell biology");
        profile.introduction = QStringLiteral("I am exploring regulatory writing.");
        return profile;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    void cleanup() { m_folder.reset(); }

    void anEmptyNetworkIsWelcomedAndTheProfileSaved()
    {
        auto session = openNew(QStringLiteral("new.rapport"));
        QVERIFY(session);
        QPointer<WelcomeDialog> dialog = WelcomeDialog::offer(session.get(), nullptr);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        fillIn(dialog, sample());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("welcomeSave")), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // closed, and deleted
        QVERIFY(session->profile()->profile() == sample());
        QCOMPARE(session->undoStack()->count(), 1); // Edit ▸ Undo takes it back, as in My Profile
        // The profile is filled in now: not asked again.
        QVERIFY(!WelcomeDialog::wanted(session.get()));
        QVERIFY(!WelcomeDialog::offer(session.get(), nullptr));
    }

    void skippingIsRememberedForThatNetworkOnly()
    {
        auto first = openNew(QStringLiteral("first.rapport"));
        QVERIFY(first);
        QPointer<WelcomeDialog> dialog = WelcomeDialog::offer(first.get(), nullptr);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("welcomeSkip")), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(first->profile()->profile() == Profile()); // nothing written
        QCOMPARE(first->undoStack()->count(), 0);
        QVERIFY(!WelcomeDialog::offer(first.get(), nullptr));

        auto second = openNew(QStringLiteral("second.rapport"));
        QVERIFY(second);
        QVERIFY(WelcomeDialog::wanted(second.get()));
    }

    void notForTheDemoNorAProfileAlreadyFilledIn()
    {
        QString error;
        auto demo = DemoCopy::create(&error);
        QVERIFY2(demo, qPrintable(error));
        auto demoSession = NetworkSession::open(demo->path(), &error);
        QVERIFY2(demoSession, qPrintable(error));
        QVERIFY(!WelcomeDialog::offer(demoSession.get(), nullptr));
        demoSession.reset();

        auto session = openNew(QStringLiteral("known.rapport"));
        QVERIFY(session);
        Profile justAName;
        justAName.name = QStringLiteral("Sam");
        QVERIFY(session->profile()->save(justAName));
        QVERIFY(!WelcomeDialog::offer(session.get(), nullptr));
        QVERIFY(!WelcomeDialog::offer(nullptr, nullptr));
    }

    void aNewNetworkFromTheWindowIsWelcomedButOpeningOneIsNot()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opening a file (as the tests and the command line do) does not ask.
        QVERIFY(window.openNetwork(m_folder->filePath(QStringLiteral("opened.rapport"))));
        QVERIFY(!window.findChild<WelcomeDialog*>());

        FileDialogs::setNextSavePath(m_folder->filePath(QStringLiteral("created.rapport")));
        auto* newNetwork = window.findChild<QAction*>(QStringLiteral("newNetworkAction"));
        QVERIFY(newNetwork && newNetwork->isEnabled());
        newNetwork->trigger();
        QTRY_VERIFY(window.findChild<WelcomeDialog*>() && window.findChild<WelcomeDialog*>()->isVisible());
        QPointer<WelcomeDialog> dialog = window.findChild<WelcomeDialog*>();
        QVERIFY(window.session()->path().endsWith(QStringLiteral("created.rapport")));
        fillIn(dialog, sample());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("welcomeSave")), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QVERIFY(window.session()->profile()->profile() == sample());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
