// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactEditor.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

// The contact editor as a panel: beside Contacts and the graph only, hidden and shown with View ▸
// Contact Editor (remembered), a new contact's form that fits a 1366×768 screen, and Referred by.
class TestEditorPanel : public QObject
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

    QWidget* editor() const { return find<QWidget>("contactEditor"); }
    QTabWidget* views() const { return find<QTabWidget>("views"); }

    void addEleanor()
    {
        m_eleanor = m_window->session()->store()->addContact(
            Test::sampleContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey"), QStringLiteral("Whitfield")));
        QVERIFY(m_eleanor);
        QTRY_COMPARE(m_window->session()->filterModel()->rowCount(), 1);
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    // Types a new contact, its referrer in Referred by, and clicks Add contact.
    void addReferredContact(const QString& first, const QString& referrer)
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        QTest::keyClicks(find<QLineEdit>("firstNameEdit"), first);
        typeInto("referredByEdit", referrer);
        QWidget* popup = find<QLineEdit>("referredByEdit")->completer()->popup();
        if (popup->isVisible()) // the names that match: a click elsewhere would only close it
            QTest::keyClick(popup, Qt::Key_Escape);
        QTest::mouseClick(find<QPushButton>("addContactButton"), Qt::LeftButton);
    }

    qint64 contactNamed(const QString& name) const
    {
        for (const ContactSummary& person : m_window->session()->store()->directory())
            if (person.name == name)
                return person.id;
        return 0;
    }

    // Whether a widget lies wholly inside the window, and inside every scroll area around it.
    static bool onScreen(QWidget* widget, QWidget* window)
    {
        if (!widget->isVisible())
            return false;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!window->rect().contains(inWindow))
            return false;
        for (QWidget* p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
                const QRect inViewport(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
                if (!scroll->viewport()->rect().contains(inViewport))
                    return false;
            }
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editorpanel"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_folder->filePath(QStringLiteral("panel.rapport"))));
        m_window->resize(1366, 740); // a 1366×768 screen, less the panel
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void theEditorIsBesideContactsAndTheGraphOnly()
    {
        addEleanor();
        const QHash<QString, bool> besideEditor {{QStringLiteral("todayPanel"), false},
            {QStringLiteral("contactsPane"), true}, {QStringLiteral("graphPanel"), true},
            {QStringLiteral("meetingsPanel"), false}, {QStringLiteral("careerPathsPanel"), false}};
        for (int i = 0; i < views()->count(); ++i) {
            views()->setCurrentIndex(i);
            const QString name = views()->currentWidget()->objectName();
            const bool beside = views()->currentWidget() == find<QWidget>("contactsPane")
                || views()->currentWidget() == find<QWidget>("graphPanel");
            if (besideEditor.contains(name))
                QCOMPARE(beside, besideEditor.value(name));
            QVERIFY2(editor()->isVisible() == beside, qPrintable(name));
            if (!beside) // the view takes the whole width
                QTRY_VERIFY2(views()->width() > m_window->width() * 9 / 10, qPrintable(name));
        }
        // With the editor beside it, the graph keeps most of the width by default.
        views()->setCurrentWidget(find<QWidget>("graphPanel"));
        QTRY_VERIFY(editor()->isVisible());
        QVERIFY2(views()->width() >= m_window->width() * 6 / 10,
            qPrintable(QStringLiteral("%1 of %2").arg(views()->width()).arg(m_window->width())));
    }

    void theToggleHidesTheEditorAndIsRemembered()
    {
        addEleanor();
        find<QAction>("showContactsAction")->trigger();
        QTRY_VERIFY(editor()->isVisible());
        auto* toggle = find<QAction>("contactEditorAction");
        QVERIFY(toggle->isCheckable() && toggle->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QTRY_VERIFY(!editor()->isVisible());
        QVERIFY(!toggle->isChecked());
        find<QAction>("showGraphAction")->trigger();
        QVERIFY(!editor()->isVisible());
        m_window->close();
        m_window.reset(); // the network is open in one window at a time

        MainWindow second;
        QVERIFY(second.openNetwork(m_folder->filePath(QStringLiteral("panel.rapport"))));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        auto* secondToggle = second.findChild<QAction*>(QStringLiteral("contactEditorAction"));
        QVERIFY(!secondToggle->isChecked());
        auto* secondEditor = second.findChild<QWidget*>(QStringLiteral("contactEditor"));
        QVERIFY(!secondEditor->isVisible());
        // A new contact needs the editor: it comes back, and the toggle says so.
        second.findChild<QAction*>(QStringLiteral("newContactAction"))->trigger();
        QTRY_VERIFY(secondEditor->isVisible());
        QVERIFY(secondToggle->isChecked());
        second.findChild<QPushButton*>(QStringLiteral("cancelDraftButton"))->click();
    }

    void aNewContactFitsAt1366x768()
    {
        addEleanor();
        find<QAction>("showTodayAction")->trigger();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // from Today: the editor comes along
        QTRY_VERIFY(editor()->isVisible());
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_Return); // an empty form
        QTRY_VERIFY(find<QLabel>("draftError")->isVisible());
        QCOMPARE(m_window->session()->store()->count(), 1);
        for (const char* name : {"addContactButton", "cancelDraftButton", "draftError", "firstNameEdit",
                 "referredByEdit", "notesEdit", "checkInSpin"}) {
            QTRY_VERIFY2(onScreen(find<QWidget>(name), m_window.get()), name);
        }
        // Nothing to scroll to: the whole new contact is in sight.
        auto* scroll = find<QScrollArea>("contactFormScroll");
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        find<QPushButton>("cancelDraftButton")->click();
    }

    // What one does with a person stays in sight under their name, however far the form is
    // scrolled; a new contact, not added yet, has none of it.
    void schedulingLoggingAndWritingStayInSight()
    {
        addEleanor();
        find<QAction>("showContactsAction")->trigger();
        QTRY_VERIFY(editor()->isVisible());
        auto* scroll = find<QScrollArea>("contactFormScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        for (const int at : {0, scroll->verticalScrollBar()->maximum()}) {
            scroll->verticalScrollBar()->setValue(at);
            for (const char* name : {"scheduleMeetingButton", "logInteractionButton", "writeButton"})
                QTRY_VERIFY2(onScreen(find<QWidget>(name), m_window.get()), name);
        }
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        QVERIFY(!find<QWidget>("writeButton")->isVisible());
        find<QPushButton>("cancelDraftButton")->click();
        m_window->findChild<ContactListView*>()->selectContact(m_eleanor);
        QTRY_VERIFY(find<QWidget>("writeButton")->isVisible());
    }

    void aLongNameDoesNotWidenTheEditor()
    {
        addEleanor();
        m_window->findChild<ContactListView*>()->selectContact(m_eleanor);
        find<QAction>("showContactsAction")->trigger();
        QTRY_VERIFY(editor()->isVisible());
        const int width = editor()->width();
        typeInto("firstNameEdit", QString(300, QLatin1Char('W')));
        QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_Return);
        auto* header = find<QLabel>("contactHeader");
        QTRY_VERIFY(header->toolTip().startsWith(QString(300, QLatin1Char('W'))));
        QVERIFY(header->text().endsWith(QChar(0x2026)));
        QCOMPARE(editor()->width(), width);
        for (const char* name : {"referredByEdit", "notesEdit", "firstNameEdit"}) // the fields stay in sight
            QVERIFY2(onScreen(find<QWidget>(name), m_window.get()), name);
    }

    void referredByLinksANewContactInOneUndoStep()
    {
        addEleanor();
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("Eleanor Maybrey"));
        QTRY_COMPARE(m_window->session()->store()->count(), 2);
        const qint64 samir = contactNamed(QStringLiteral("Samir"));
        QVERIFY(samir);
        const QList<Referral> links = m_window->session()->links()->linksOf(samir);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().referrerId, m_eleanor);
        QCOMPARE(links.first().referredId, samir);
        QVERIFY(links.first().isReferral());
        // The editor now shows Samir, referred by Eleanor.
        QTRY_COMPARE(find<QLineEdit>("referredByEdit")->text(), QStringLiteral("Eleanor Maybrey"));
        // One undo removes both.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(m_window->session()->store()->count(), 1);
        QVERIFY(m_window->session()->links()->linksOf(m_eleanor).isEmpty());
        // Redo brings both back.
        m_window->session()->undoStack()->redo();
        QCOMPARE(m_window->session()->store()->count(), 2);
        QCOMPARE(m_window->session()->links()->linksOf(m_eleanor).size(), 1);
    }

    void referredByMe()
    {
        addEleanor();
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("me"));
        QTRY_COMPARE(m_window->session()->store()->count(), 2);
        const QList<Referral> links = m_window->session()->links()->linksOf(contactNamed(QStringLiteral("Samir")));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().referrerId, 0); // Me
        QTRY_COMPARE(find<QLineEdit>("referredByEdit")->text(), QStringLiteral("Me"));
    }

    void anUnknownReferrerKeepsTheDraft()
    {
        addEleanor();
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("Nobody Known"));
        // Asked under the field (tst_contacteditor answers it); nothing is added meanwhile.
        QTRY_VERIFY(find<QWidget>("referrerNote")->isVisible());
        QVERIFY(find<QLabel>("referrerNoteText")->text().contains(QStringLiteral("Nobody Known")));
        QCOMPARE(m_window->session()->store()->count(), 1);
        find<QPushButton>("cancelDraftButton")->click();
    }

    void referredByEditsASavedContactsLink()
    {
        addEleanor();
        const qint64 samir = m_window->session()->store()->addContact(
            Test::sampleContact(QStringLiteral("Samir"), QStringLiteral("Haddad"), QStringLiteral("Pfizer")));
        QTRY_COMPARE(m_window->session()->filterModel()->rowCount(), 2);
        find<QAction>("showContactsAction")->trigger();
        m_window->findChild<ContactListView*>()->selectContact(samir);
        QTRY_COMPARE(m_window->findChild<ContactEditor*>()->contactId(), samir);
        QVERIFY(find<QLineEdit>("referredByEdit")->text().isEmpty());
        typeInto("referredByEdit", QStringLiteral("Eleanor Maybrey"));
        QTest::keyClick(find<QLineEdit>("referredByEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_window->session()->links()->linksOf(samir).size(), 1);
        QCOMPARE(m_window->session()->links()->linksOf(samir).first().referrerId, m_eleanor);
        // Changed to Me: the same link, edited.
        typeInto("referredByEdit", QStringLiteral("Me"));
        QTest::keyClick(find<QLineEdit>("referredByEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_window->session()->links()->linksOf(samir).first().referrerId, 0);
        QCOMPARE(m_window->session()->links()->linksOf(samir).size(), 1);
        m_window->session()->undoStack()->undo();
        QCOMPARE(m_window->session()->links()->linksOf(samir).first().referrerId, m_eleanor);
        m_window->session()->undoStack()->undo();
        QVERIFY(m_window->session()->links()->linksOf(samir).isEmpty());
        QTRY_VERIFY(find<QLineEdit>("referredByEdit")->text().isEmpty());
    }
};

QTEST_MAIN(TestEditorPanel)
#include "tst_editorpanel.moc"
