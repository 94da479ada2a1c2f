// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactEditor.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "ReferralStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Rapport;

// The contact editor in the window: a Referred by name that is nobody's (added with the contact, in
// one undo step) or several people's (asked, never guessed), a failed add that keeps what was typed,
// and a full name typed as the given name. Its lists' Add and Remove buttons: tst_editorlists.
class TestContactEditor : public QObject
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
    ContactEditor* editor() const { return m_window->findChild<ContactEditor*>(); }
    QLineEdit* referredBy() const { return find<QLineEdit>("referredByEdit"); }
    QWidget* note() const { return find<QWidget>("referrerNote"); }

    qint64 addContact(const QString& first, const QString& last, const QString& organization = {})
    {
        const qint64 id = store()->addContact(Test::sampleContact(first, last, organization));
        if (!id)
            qWarning("could not add %s", qPrintable(first));
        return id;
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    void closeCompletion()
    {
        QWidget* popup = referredBy()->completer()->popup();
        if (popup->isVisible()) // the names that match: a click elsewhere would only close it
            QTest::keyClick(popup, Qt::Key_Escape);
    }

    // Types a new contact, its referrer in Referred by, and clicks Add contact.
    void addReferredContact(const QString& first, const QString& referrer)
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        QTest::keyClicks(find<QLineEdit>("firstNameEdit"), first);
        typeInto("referredByEdit", referrer);
        closeCompletion();
        QTest::mouseClick(find<QPushButton>("addContactButton"), Qt::LeftButton);
    }

    void showContact(qint64 id)
    {
        find<QAction>("showContactsAction")->trigger();
        QTRY_COMPARE(session()->filterModel()->rowCount(), store()->count());
        m_window->findChild<ContactListView*>()->selectContact(id);
        QTRY_COMPARE(editor()->contactId(), id);
    }

    // Clicks the contact's row in the list, as the user picks another person.
    void clickContact(qint64 id)
    {
        auto* list = m_window->findChild<ContactListView*>();
        QAbstractItemModel* model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ContactListModel::ContactIdRole).toLongLong() == id) {
                list->scrollTo(index);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
                QTRY_COMPARE(editor()->contactId(), id);
                return;
            }
        }
        QFAIL("the contact is not in the list");
    }

    // The note's buttons, in order.
    QList<QPushButton*> choices() const
    {
        QList<QPushButton*> buttons;
        for (QPushButton* button : note()->findChildren<QPushButton*>(QStringLiteral("referrerChoiceButton")))
            if (!button->isHidden())
                buttons.append(button);
        return buttons;
    }

    QList<qint64> contactsNamed(const QString& name) const
    {
        QList<qint64> ids;
        for (const ContactSummary& person : store()->directory())
            if (person.name == name)
                ids.append(person.id);
        return ids;
    }

    qint64 contactNamed(const QString& name) const { return contactsNamed(name).value(0); }

    // Makes adding a contact with this given name fail, as a full disk would.
    void failAddingContactsNamed(const QString& first)
    {
        QSqlQuery query(store()->connection());
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER add_fails BEFORE INSERT ON main.contact "
                                      "WHEN NEW.first_name = '%1' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")
                           .arg(first)),
            qPrintable(query.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_contacteditor"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_folder->filePath(QStringLiteral("editor.rapport"))));
        m_window->resize(1366, 740);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_eleanor = addContact(QStringLiteral("Eleanor"), QStringLiteral("Maybrey"), QStringLiteral("Whitfield"));
        QVERIFY(m_eleanor);
        QTRY_COMPARE(session()->filterModel()->rowCount(), 1);
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    // The names offered are found as the search finds them: "luk" and "sore" reach Łukasz
    // Wiśniewski and Ingrid Sørensen, whose letters Unicode cannot strip an accent from.
    void referredByCompletesWithoutAccents()
    {
        addContact(QStringLiteral("Łukasz"), QStringLiteral("Wiśniewski"));
        addContact(QStringLiteral("Ingrid"), QStringLiteral("Sørensen"));
        addContact(QStringLiteral("Luke"), QStringLiteral("Adams"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        const auto offered = [this](const QString& typed) {
            typeInto("referredByEdit", typed);
            QStringList names;
            QAbstractItemModel* model = referredBy()->completer()->completionModel();
            for (int row = 0; row < model->rowCount(); ++row)
                names.append(model->index(row, 0).data().toString());
            closeCompletion();
            return names;
        };
        QStringList luk = offered(QStringLiteral("luk"));
        luk.sort();
        QCOMPARE(luk, (QStringList {QStringLiteral("Luke Adams"), QStringLiteral("Łukasz Wiśniewski")}));
        QCOMPARE(offered(QStringLiteral("sore")), QStringList {QStringLiteral("Ingrid Sørensen")});
        QCOMPARE(offered(QStringLiteral("WISN")), QStringList {QStringLiteral("Łukasz Wiśniewski")});
        addContact(QStringLiteral("Lukáš"), QStringLiteral("Novák")); // a name added since is offered too
        QTRY_COMPARE(offered(QStringLiteral("luk")).size(), 3);
        // Choosing one puts the name as written in the field.
        typeInto("referredByEdit", QStringLiteral("sore"));
        QCompleter* completer = referredBy()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
        const int before = store()->count();
        typeInto("firstNameEdit", QStringLiteral("Yuki"));
        typeInto("referredByEdit", QStringLiteral("sore"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(referredBy()->text(), QStringLiteral("Ingrid Sørensen"));
        // The Enter that chose the name only chose it: the new contact is still being typed.
        QTest::qWait(50);
        QCOMPARE(store()->count(), before);
        QVERIFY(editor()->isDraft());
        QTRY_VERIFY(!referredBy()->hasFocus()); // on to the next field: typing goes there, not after the name
        typeInto("titleEdit", QStringLiteral("Scientist"));
        QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Return); // and Enter adds it, title and all
        QTRY_COMPARE(store()->count(), before + 1);
        const qint64 yuki = contactNamed(QStringLiteral("Yuki"));
        QVERIFY(yuki);
        QCOMPARE(store()->contact(yuki)->title, QStringLiteral("Scientist"));
        QCOMPARE(session()->links()->linksOf(yuki).size(), 1);
    }

    void anUnknownReferrerIsAddedWithANewContactInOneUndoStep()
    {
        const int steps = session()->undoStack()->count();
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("Jane  Doe"));
        // Asked first: nobody is added behind the user's back.
        QTRY_VERIFY(note()->isVisible());
        QVERIFY(find<QLabel>("referrerNoteText")->text().contains(QStringLiteral("Jane Doe")));
        QCOMPARE(store()->count(), 1);
        QCOMPARE(choices().size(), 1);
        QTRY_VERIFY(choices().first()->hasFocus()); // Enter takes it
        QTest::keyClick(choices().first(), Qt::Key_Return);

        QTRY_COMPARE(store()->count(), 3);
        const qint64 samir = contactNamed(QStringLiteral("Samir"));
        const qint64 jane = contactNamed(QStringLiteral("Jane Doe"));
        QVERIFY(samir && jane);
        QCOMPARE(store()->contact(jane)->firstName, QStringLiteral("Jane")); // split as the editor does
        QCOMPARE(store()->contact(jane)->lastName, QStringLiteral("Doe"));
        const QList<Referral> links = session()->links()->linksOf(samir);
        QCOMPARE(links.size(), 1);
        QVERIFY(links.first().isReferral());
        QCOMPARE(links.first().referrerId, jane);
        QCOMPARE(links.first().referredId, samir);
        QTRY_COMPARE(editor()->contactId(), samir);
        QTRY_COMPARE(referredBy()->text(), QStringLiteral("Jane Doe"));
        QVERIFY(!note()->isVisible());

        QCOMPARE(session()->undoStack()->count(), steps + 1);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(store()->count(), 1);
        QVERIFY(session()->links()->linksOf(samir).isEmpty());
        QVERIFY(contactNamed(QStringLiteral("Jane Doe")) == 0);
        session()->undoStack()->redo();
        QCOMPARE(store()->count(), 3);
        QCOMPARE(session()->links()->linksOf(samir).size(), 1);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, jane); // the same people again
    }

    void anUnknownReferrerOfASavedContact()
    {
        const qint64 samir = addContact(QStringLiteral("Samir"), QStringLiteral("Haddad"));
        showContact(samir);
        const int steps = session()->undoStack()->count();
        typeInto("referredByEdit", QStringLiteral("Jane Doe"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Tab); // asks, and Tab lands on the answer
        QTRY_VERIFY(note()->isVisible());
        QCOMPARE(store()->count(), 2);
        QVERIFY(session()->links()->linksOf(samir).isEmpty());
        QVERIFY(choices().first()->hasFocus());
        referredBy()->setFocus();
        QTest::keyClick(referredBy(), Qt::Key_Tab); // again from the field, the note already shown
        QVERIFY(choices().first()->hasFocus());
        // Leaving the field does not answer for the user; clicking does.
        find<QLineEdit>("titleEdit")->setFocus();
        QVERIFY(note()->isVisible());
        QCOMPARE(choices().size(), 1);
        QTest::mouseClick(choices().first(), Qt::LeftButton);
        QTRY_COMPARE(store()->count(), 3);
        const qint64 jane = contactNamed(QStringLiteral("Jane Doe"));
        QVERIFY(jane);
        QCOMPARE(session()->links()->linksOf(samir).size(), 1);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, jane);
        QTRY_COMPARE(referredBy()->text(), QStringLiteral("Jane Doe"));
        QCOMPARE(session()->undoStack()->count(), steps + 1);

        // Changed again to someone new: the same link now starts at them.
        typeInto("referredByEdit", QStringLiteral("R&D Ravi"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Tab);
        QTRY_COMPARE(choices().size(), 1);
        QCOMPARE(choices().first()->text(), QStringLiteral("Add R&&D Ravi")); // "&" shown, not a shortcut
        // Enter in the field says "this name": the same add, without the second key.
        referredBy()->setFocus();
        QTest::keyClick(referredBy(), Qt::Key_Return);
        QTRY_COMPARE(store()->count(), 4);
        QVERIFY(!note()->isVisible());
        QCOMPARE(session()->undoStack()->count(), steps + 2);
        const qint64 ravi = contactNamed(QStringLiteral("R&D Ravi"));
        QVERIFY(ravi);
        QCOMPARE(store()->contact(ravi)->firstName, QStringLiteral("R&D"));
        QCOMPARE(store()->contact(ravi)->lastName, QStringLiteral("Ravi"));
        QCOMPARE(session()->links()->linksOf(samir).size(), 1);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, ravi);

        session()->undoStack()->undo(); // R&D Ravi goes, Jane refers Samir again
        QCOMPARE(store()->count(), 3);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, jane);
        session()->undoStack()->undo(); // Jane and the link go
        QCOMPARE(store()->count(), 2);
        QVERIFY(session()->links()->linksOf(samir).isEmpty());
        QTRY_VERIFY(referredBy()->text().isEmpty());
        session()->undoStack()->redo();
        QCOMPARE(store()->count(), 3);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, jane);
    }

    // Issue 16, as a new user met it: a referrer who is not in the network yet, typed for a contact
    // just added, is reached by Tab and Enter, and is never dropped when the user looks elsewhere.
    void aNewReferrerIsNeverLostWithoutAWord()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
        QTest::keyClicks(find<QLineEdit>("firstNameEdit"), QStringLiteral("Priyanka Menon"));
        QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_Return);
        QTRY_VERIFY(!editor()->isDraft());
        const qint64 priyanka = contactNamed(QStringLiteral("Priyanka Menon"));
        QVERIFY(priyanka);
        QTRY_COMPARE(editor()->contactId(), priyanka);
        const int people = store()->count();
        const int steps = session()->undoStack()->count();

        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier); // Referre&d by
        QTRY_VERIFY(referredBy()->hasFocus());
        QTest::keyClicks(referredBy(), QStringLiteral("Hugo Brandt"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Tab);
        QTRY_VERIFY(note()->isVisible());
        QCOMPARE(choices().size(), 1);
        QCOMPARE(choices().first()->text(), QStringLiteral("Add Hugo Brandt"));
        QVERIFY(choices().first()->hasFocus()); // not Title: the offer is the next stop
        QCOMPARE(store()->count(), people); // asked, not done

        // Another contact, and back: the name and its question are still there.
        clickContact(m_eleanor);
        QVERIFY(referredBy()->text().isEmpty());
        QVERIFY(!note()->isVisible());
        clickContact(priyanka);
        QCOMPARE(referredBy()->text(), QStringLiteral("Hugo Brandt"));
        QTRY_VERIFY(note()->isVisible());
        QCOMPARE(choices().size(), 1);
        QCOMPARE(store()->count(), people);
        QVERIFY(session()->links()->linksOf(priyanka).isEmpty());
        QCOMPARE(session()->undoStack()->count(), steps);
        Test::saveScreenshot(m_window.get(), QStringLiteral("editor-referrer-kept.png"));

        // Enter in the field adds Hugo and the link, one undo step.
        referredBy()->setFocus();
        QTest::keyClick(referredBy(), Qt::Key_End);
        QTest::keyClick(referredBy(), Qt::Key_Return);
        QTRY_COMPARE(store()->count(), people + 1);
        const qint64 hugo = contactNamed(QStringLiteral("Hugo Brandt"));
        QVERIFY(hugo);
        QCOMPARE(session()->links()->linksOf(priyanka).size(), 1);
        QCOMPARE(session()->links()->linksOf(priyanka).first().referrerId, hugo);
        QCOMPARE(referredBy()->text(), QStringLiteral("Hugo Brandt"));
        QVERIFY(!note()->isVisible());
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        // Leaving now changes nothing more, and coming back shows the link, not a question.
        clickContact(m_eleanor);
        clickContact(priyanka);
        QCOMPARE(referredBy()->text(), QStringLiteral("Hugo Brandt"));
        QVERIFY(!note()->isVisible());
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        session()->undoStack()->undo();
        QTRY_COMPARE(store()->count(), people);
        QVERIFY(session()->links()->linksOf(priyanka).isEmpty());
        QTRY_VERIFY(referredBy()->text().isEmpty());
    }

    // Names compare as the search box folds them ("Lea" is Léa), and a name that is only like
    // someone's ("samir") offers them, with Add as the last choice: never guessed, never lost.
    void aNameLikeSomeonesIsOfferedNotGuessed()
    {
        const qint64 lea = addContact(QStringLiteral("Léa"), QStringLiteral("Fontaine"));
        const qint64 samir = addContact(QStringLiteral("Samir"), QStringLiteral("Haddad"));
        const qint64 priyanka = addContact(QStringLiteral("Priyanka"), QStringLiteral("Menon"));
        showContact(priyanka);
        const int people = store()->count();

        typeInto("referredByEdit", QStringLiteral("lea fontaine"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Tab);
        QTRY_COMPARE(session()->links()->linksOf(priyanka).size(), 1);
        QCOMPARE(session()->links()->linksOf(priyanka).first().referrerId, lea);
        QVERIFY(!note()->isVisible());
        QCOMPARE(referredBy()->text(), QStringLiteral("Léa Fontaine"));

        const int steps = session()->undoStack()->count();
        typeInto("referredByEdit", QStringLiteral("samir"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Tab);
        QTRY_VERIFY(note()->isVisible());
        QCOMPARE(choices().size(), 2);
        QVERIFY2(choices().first()->text().startsWith(QStringLiteral("Samir Haddad")),
            qPrintable(choices().first()->text()));
        QCOMPARE(choices().last()->text(), QStringLiteral("Add samir"));
        QCOMPARE(session()->links()->linksOf(priyanka).first().referrerId, lea); // asked, not changed
        // Enter says "this name", but a name like someone's is still asked about.
        referredBy()->setFocus();
        QTest::keyClick(referredBy(), Qt::Key_Return);
        QCOMPARE(store()->count(), people);
        QTRY_VERIFY(note()->isVisible());
        QTest::mouseClick(choices().first(), Qt::LeftButton);
        QTRY_COMPARE(session()->links()->linksOf(priyanka).first().referrerId, samir);
        QCOMPARE(store()->count(), people);
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        QCOMPARE(referredBy()->text(), QStringLiteral("Samir Haddad"));
    }

    // Connected on is the LinkedIn connection's day (LinkedIn's export, the no-invitation rule):
    // the field and its label say so on hover.
    void connectedOnSaysItIsLinkedIn()
    {
        showContact(m_eleanor);
        auto* field = find<QWidget>("connectedOnEdit");
        QVERIFY(field);
        QVERIFY(field->toolTip().contains(QStringLiteral("LinkedIn")));
        QLabel* label = nullptr;
        for (QLabel* candidate : editor()->findChildren<QLabel*>())
            if (candidate->buddy() == field)
                label = candidate;
        QVERIFY(label);
        QCOMPARE(label->toolTip(), field->toolTip());
    }

    void anAmbiguousReferrerIsNotGuessed()
    {
        const qint64 first = addContact(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("Acme"));
        const qint64 second = addContact(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("Globex"));
        QVERIFY(first && second);
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("jane doe"));
        QTRY_VERIFY(note()->isVisible());
        QCOMPARE(store()->count(), 3); // nothing added yet
        QCOMPARE(choices().size(), 2); // one per Jane Doe, told apart
        QVERIFY(choices().at(0)->text() != choices().at(1)->text());
        QVERIFY(choices().at(1)->text().contains(QStringLiteral("Globex")));
        QVERIFY(editor()->isDraft());
        QTest::mouseClick(choices().at(1), Qt::LeftButton);
        QTRY_COMPARE(store()->count(), 4);
        const qint64 samir = contactNamed(QStringLiteral("Samir"));
        QCOMPARE(session()->links()->linksOf(samir).size(), 1);
        QCOMPARE(session()->links()->linksOf(samir).first().referrerId, second);

        // A saved contact: asked the same way, and nothing changes until the user picks one.
        const qint64 omar = addContact(QStringLiteral("Omar"), QStringLiteral("Bakr"));
        showContact(omar);
        typeInto("referredByEdit", QStringLiteral("Jane Doe"));
        closeCompletion();
        QTest::keyClick(referredBy(), Qt::Key_Return);
        QTRY_COMPARE(choices().size(), 2);
        QVERIFY(session()->links()->linksOf(omar).isEmpty());
        QCOMPARE(store()->count(), 5);
        QTest::mouseClick(choices().at(0), Qt::LeftButton);
        QTRY_COMPARE(session()->links()->linksOf(omar).size(), 1);
        QCOMPARE(session()->links()->linksOf(omar).first().referrerId, first);
        QCOMPARE(store()->count(), 5);
    }

    void aFailedAddKeepsReferredBy()
    {
        failAddingContactsNamed(QStringLiteral("Samir"));
        addReferredContact(QStringLiteral("Samir"), QStringLiteral("Eleanor Maybrey"));
        QTRY_VERIFY(editor()->isDraft());
        QCOMPARE(store()->count(), 1);
        QCOMPARE(find<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Samir"));
        QCOMPARE(referredBy()->text(), QStringLiteral("Eleanor Maybrey"));

        // With a referrer to add too: neither stays, and the name typed comes back.
        typeInto("referredByEdit", QStringLiteral("Jane Doe"));
        closeCompletion();
        QTest::mouseClick(find<QPushButton>("addContactButton"), Qt::LeftButton);
        QTRY_COMPARE(choices().size(), 1);
        QTest::mouseClick(choices().first(), Qt::LeftButton);
        QTRY_VERIFY(editor()->isDraft());
        QCOMPARE(store()->count(), 1);
        QVERIFY(contactNamed(QStringLiteral("Jane Doe")) == 0);
        QCOMPARE(referredBy()->text(), QStringLiteral("Jane Doe"));
        QCOMPARE(find<QLineEdit>("firstNameEdit")->text(), QStringLiteral("Samir"));
        find<QPushButton>("cancelDraftButton")->click();
    }

    void aFullNameInGivenNameIsSplit()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        auto* given = find<QLineEdit>("firstNameEdit");
        auto* family = find<QLineEdit>("lastNameEdit");
        QTRY_VERIFY(given->hasFocus());
        QTest::keyClicks(given, QStringLiteral("Ada King Lovelace"));
        QTest::keyClick(given, Qt::Key_Tab);
        QCOMPARE(given->text(), QStringLiteral("Ada King"));
        QCOMPARE(family->text(), QStringLiteral("Lovelace"));
        find<QPushButton>("cancelDraftButton")->click();

        // On Add straight from Given name, too; and it is part of the add.
        const int steps = session()->undoStack()->count();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(given->hasFocus());
        QTest::keyClicks(given, QStringLiteral("Grace Hopper"));
        QTest::keyClick(given, Qt::Key_Return);
        QTRY_COMPARE(store()->count(), 2);
        const qint64 grace = contactNamed(QStringLiteral("Grace Hopper"));
        QVERIFY(grace);
        QCOMPARE(store()->contact(grace)->firstName, QStringLiteral("Grace"));
        QCOMPARE(store()->contact(grace)->lastName, QStringLiteral("Hopper"));
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        session()->undoStack()->undo();
        QCOMPARE(store()->count(), 1);

        // One word stays a given name; a family name already there is never replaced.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(given->hasFocus());
        QTest::keyClicks(given, QStringLiteral("Plato"));
        QTest::keyClick(given, Qt::Key_Tab);
        QCOMPARE(given->text(), QStringLiteral("Plato"));
        QVERIFY(family->text().isEmpty());
        find<QPushButton>("cancelDraftButton")->click();
        showContact(m_eleanor);
        typeInto("firstNameEdit", QStringLiteral("Eleanor Rose"));
        QTest::keyClick(given, Qt::Key_Tab);
        QTRY_COMPARE(store()->contact(m_eleanor)->firstName, QStringLiteral("Eleanor Rose"));
        QCOMPARE(store()->contact(m_eleanor)->lastName, QStringLiteral("Maybrey"));

        // A saved contact's two-word given name is left alone unless the user types into it.
        Contact maryAnn = Test::sampleContact(QStringLiteral("Mary Ann"), QString());
        const qint64 mary = store()->addContact(maryAnn);
        showContact(mary);
        given->setFocus();
        QTest::keyClick(given, Qt::Key_Tab);
        QCOMPARE(given->text(), QStringLiteral("Mary Ann"));
        QCOMPARE(store()->contact(mary)->lastName, QString());
        // Typed just now: split, as one edit.
        const int before = session()->undoStack()->count();
        typeInto("firstNameEdit", QStringLiteral("Mary Shelley"));
        QTest::keyClick(given, Qt::Key_Tab);
        QTRY_COMPARE(store()->contact(mary)->lastName, QStringLiteral("Shelley"));
        QCOMPARE(store()->contact(mary)->firstName, QStringLiteral("Mary"));
        QCOMPARE(session()->undoStack()->count(), before + 1);
    }
};

QTEST_MAIN(TestContactEditor)
#include "tst_contacteditor.moc"
