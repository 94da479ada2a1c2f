// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Meeting notes typed into the real editor come back as typed: every character a Markdown reader
// would take for markup (issue 13), bold and italic from the keyboard, line breaks, headings,
// lists and check-boxes, after the meeting is closed and opened again. Search finds the words and
// the prep sheet shows them.
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "NotesEditor.h"
#include "NotesShape.h"
#include "PrepSheet.h"
#include "PrepSheetWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QTreeView>

using namespace Rapport;
using Rapport::Test::NotesShape;

namespace {

// Typed as plain text, each its own paragraph; Qt's own Markdown writer lost or changed every one.
const QStringList kPlainLines = {
    QStringLiteral("Ask about <Project Falcon> timeline"),
    QStringLiteral("a*b*c and 2*3*4"),
    QStringLiteral("snake_case_name and __init__"),
    QStringLiteral("# not a heading"),
    QStringLiteral("1. not a list"),
    QStringLiteral("- dash start"),
    QStringLiteral("`code`"),
    QStringLiteral("[link](x)"),
    QStringLiteral("<b>x</b> <img src=x>"),
};

} // namespace

class TestNotesEditor : public QObject
{
    Q_OBJECT

    // Every test function gets its own folder, network, window and open meeting (init/cleanup),
    // and types the notes it checks itself, so each runs alone and in any order.
    std::unique_ptr<QTemporaryDir> m_folder;
    QDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ana = 0;
    qint64 m_meeting = 0;
    NotesShape m_typed;
    QString m_typedText;

    NetworkSession* session() const { return m_window->session(); }
    QString path() const { return m_dir.filePath(QStringLiteral("notes.rapport")); }
    MeetingDialog* dialog() const { return m_window->findChild<MeetingDialog*>(); }
    QTextEdit* notes() const { return dialog()->findChild<QTextEdit*>(QStringLiteral("notesTextEdit")); }

    template <typename Body>
    static void whenModalOpens(Body body)
    {
        QTimer::singleShot(0, [body] {
            QWidget* modal = nullptr;
            QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
            body(modal);
        });
    }

    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(notes(), Qt::Key(key), modifiers);
    }

    void type(const QString& text) { QTest::keyClicks(notes(), text); }

    QTextBlock blockWith(const QString& text) const
    {
        for (QTextBlock block = notes()->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(text))
                return block;
        }
        return {};
    }

    // Types every kind of note into the open meeting, and remembers what the editor then shows.
    void typeEveryKindOfNote()
    {
        notes()->setFocus();
        QTRY_VERIFY(notes()->hasFocus());
        for (const QString& line : kPlainLines) {
            type(line);
            key(Qt::Key_Return);
        }
        // Ctrl+B, "Key points", Ctrl+B: the second Ctrl+B takes bold off the word the cursor is in.
        key(Qt::Key_B, Qt::ControlModifier);
        type(QStringLiteral("Key points"));
        key(Qt::Key_B, Qt::ControlModifier);
        key(Qt::Key_Return);
        // Italic on, then off again after a space: the next words are plain.
        key(Qt::Key_I, Qt::ControlModifier);
        type(QStringLiteral("so *fast* here "));
        key(Qt::Key_I, Qt::ControlModifier);
        type(QStringLiteral("then plain, **and bold** "));
        key(Qt::Key_B, Qt::ControlModifier);
        type(QStringLiteral("for real"));
        key(Qt::Key_Return);
        // A line break inside a paragraph, then an empty paragraph.
        type(QStringLiteral("first line"));
        key(Qt::Key_Return, Qt::ShiftModifier);
        type(QStringLiteral("  second line, indented"));
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        // A heading, then a plain paragraph again.
        key(Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        type(QStringLiteral("Their path (#1)"));
        key(Qt::Key_Return);
        key(Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        // A bulleted list with check-boxes, ticked and not, and a numbered list after it.
        key(Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("+ bullet with a plus"));
        key(Qt::Key_Return);
        key(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("[x] asked about pay"));
        key(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); // ticked
        key(Qt::Key_Return); // the next item has a box, not ticked
        type(QStringLiteral("not asked yet"));
        key(Qt::Key_Return);
        key(Qt::Key_Tab); // the editor nests no lists: a tab at the start of the item
        key(Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("2) numbered & tabbed"));

        m_typed = NotesShape::of(*notes()->document());
        m_typedText = notes()->toPlainText();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_noteseditor"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_dir.setPath(m_folder->path());
        m_typed = {};
        m_typedText.clear();
        {
            Database database;
            QVERIFY(database.open(path()));
            ContactStore contacts(database);
            m_ana = contacts.addContact(
                Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme")));
            contacts.addContact(Test::sampleContact(QStringLiteral("Ben"), QStringLiteral("Wu")));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        QVERIFY(m_window->openNetwork(path()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        m_window->findChild<ContactListView*>()->selectContact(m_ana);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("scheduleMeetingButton")), Qt::LeftButton);
        QTRY_VERIFY(dialog() != nullptr);
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("saveMeetingButton")), Qt::LeftButton);
        m_meeting = dialog()->meetingId();
        QVERIFY(m_meeting);
        QVERIFY(notes());
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void typingEveryKindOfNote()
    {
        typeEveryKindOfNote();
        const QTextBlock keyPoints = blockWith(QStringLiteral("Key points"));
        QVERIFY(keyPoints.isValid());
        QTextCursor inKey(keyPoints);
        inKey.movePosition(QTextCursor::NextCharacter);
        QCOMPARE(inKey.charFormat().fontWeight(), int(QFont::Bold));
        const QTextBlock numbered = blockWith(QStringLiteral("numbered"));
        QVERIFY(numbered.textList());
        QCOMPARE(numbered.textList()->format().style(), QTextListFormat::ListDecimal);
        QCOMPARE(numbered.text(), QStringLiteral("\t2) numbered & tabbed"));
        QCOMPARE(
            blockWith(QStringLiteral("asked about pay")).blockFormat().marker(), QTextBlockFormat::MarkerType::Checked);
        QCOMPARE(
            blockWith(QStringLiteral("not asked yet")).blockFormat().marker(), QTextBlockFormat::MarkerType::Unchecked);
        QVERIFY(blockWith(QStringLiteral("first line")).text().contains(QChar::LineSeparator));
        QCOMPARE(blockWith(QStringLiteral("Their path")).blockFormat().headingLevel(), 1);
        Test::saveScreenshot(dialog(), QStringLiteral("notes-typed.png"));
    }

    void closingAndReopeningShowsTheSameNotes()
    {
        typeEveryKindOfNote();
        dialog()->close(); // saves the notes
        QTRY_VERIFY(dialog() == nullptr);
        const QString stored = session()->meetings()->meeting(m_meeting)->notes;
        QVERIFY(stored.contains(QStringLiteral("**Key** points"))); // not **Key **points

        // Opened again from the contact's list of meetings, as a person would.
        auto* meetings = m_window->findChild<QTreeView*>(QStringLiteral("contactMeetings"));
        QTRY_COMPARE(meetings->model()->rowCount(), 1);
        meetings->setFocus();
        meetings->setCurrentIndex(meetings->model()->index(0, 0));
        QTest::keyClick(meetings, Qt::Key_Return);
        QTRY_VERIFY(dialog() != nullptr);
        QCOMPARE(dialog()->meetingId(), m_meeting);

        QCOMPARE(notes()->toPlainText(), m_typedText);
        for (const QString& line : kPlainLines) {
            const QTextBlock block = blockWith(line);
            QVERIFY2(block.isValid() && block.text() == line, qPrintable(line));
            QCOMPARE(block.blockFormat().headingLevel(), 0);
            QVERIFY2(!block.textList(), qPrintable(line));
        }
        const NotesShape reopened = NotesShape::of(*notes()->document());
        QVERIFY2(reopened == m_typed,
            qPrintable(QStringLiteral("typed:\n%1\nreopened:\n%2").arg(m_typed.describe(), reopened.describe())));
        // Nothing changed, so nothing is saved: reopening did not alter the Markdown either.
        QVERIFY(!dialog()->notesEditor()->hasUnsavedChanges());
        QCOMPARE(dialog()->notesEditor()->markdown(), stored);
        Test::saveScreenshot(dialog(), QStringLiteral("notes-reopened.png"));
    }

    void searchFindsWordsFromTheNotes()
    {
        typeEveryKindOfNote();
        dialog()->close();
        QTRY_VERIFY(dialog() == nullptr);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        const auto shown = [this] {
            QList<qint64> ids;
            const auto* model = session()->filterModel();
            for (int row = 0; row < model->rowCount(); ++row)
                ids.append(model->index(row, 0).data(ContactListModel::ContactIdRole).toLongLong());
            return ids;
        };
        for (const QString& words : {QStringLiteral("Falcon"), QStringLiteral("<Project Falcon>"),
                 QStringLiteral("snake_case_name"), QStringLiteral("init"), QStringLiteral("2*3*4")}) {
            search->setFocus();
            search->clear();
            QTest::keyClicks(search, words);
            QTRY_VERIFY2(shown() == QList<qint64>({m_ana}), qPrintable(words));
        }
        // The writer keeps line breaks as <br/> and empty paragraphs as &#32;: they are not words.
        for (const QString& markup : {QStringLiteral("br"), QStringLiteral("32")}) {
            search->setFocus();
            search->clear();
            QTest::keyClicks(search, markup); // the list filters as each key is typed (a direct connection)
            QVERIFY2(!shown().contains(m_ana), qPrintable(markup));
        }
        search->clear();
        QTRY_COMPARE(shown().size(), session()->store()->count()); // everyone again
    }

    void prepSheetShowsTheNotesAsTyped()
    {
        typeEveryKindOfNote();
        // A held meeting's notes are in the history of the next prep sheet for that person.
        MeetingDialog* meeting = m_window->openMeeting(m_meeting);
        QVERIFY(meeting);
        auto* status = meeting->findChild<QComboBox*>(QStringLiteral("meetingStatus"));
        whenModalOpens([](QWidget* modal) { static_cast<QDialog*>(modal)->reject(); }); // no follow-ups
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // planned for tomorrow: held anyway
        status->setCurrentIndex(status->findData(QStringLiteral("done")));
        emit status->activated(status->currentIndex());
        QCOMPARE(session()->meetings()->meeting(m_meeting)->status, MeetingStatus::Held);
        meeting->close();
        QTRY_VERIFY(dialog() == nullptr);

        QString sheet;
        whenModalOpens([&sheet](QWidget* modal) {
            auto* window = qobject_cast<PrepSheetWindow*>(modal);
            QVERIFY(window);
            SafeTextDocument document;
            document.setHtml(window->html());
            sheet = document.toPlainText();
            window->reject();
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("contactPrepSheetButton")), Qt::LeftButton);
        QVERIFY(!sheet.isEmpty());
        // The sheet shows the start of the notes as plain text, cut at a word boundary.
        const QString excerpt = PrepSheet::excerpt(session()->meetings()->meeting(m_meeting)->notes);
        QVERIFY(excerpt.endsWith(QStringLiteral("…")));
        QVERIFY(m_typedText.simplified().startsWith(excerpt.chopped(1)));
        QVERIFY2(sheet.contains(excerpt), qPrintable(sheet));
        QVERIFY(sheet.contains(kPlainLines.first() + QLatin1Char(' ') + kPlainLines.at(1)));
    }
};

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
